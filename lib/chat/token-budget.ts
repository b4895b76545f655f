import type { ModelMessage } from "ai";
import type { SessionUser } from "@/lib/auth/types";
import { estimateTokens, MEDIA_PART_TOKENS } from "@/lib/chat/shared/estimate";
import { AppError } from "@/lib/errors";
import type { ModelInfo } from "@/lib/llm/model-info";
import { limitHeaders } from "@/lib/rate-limit/headers";
import { refuseNewAnswersWhileDraining } from "@/lib/server/drain";
import { currentMonth, secondsUntilNextMonth, startMonth } from "@/lib/usage/month-cost";
import { formatBudgetUsd } from "@/lib/usage/shared/format-budget";
import { User, type UserDoc } from "@/models/user";

/** A reservation held while a reply streams; settled with the real count at the end. */
export interface TokenReservation {
  userId: string;
  reserved: number;
  /** The estimated cost held against the monthly budget (0 without a budget). */
  reservedUsd?: number;
  /** The UTC month reservedUsd is held in; a new month has started its counters afresh. */
  month?: string;
}

const DEFAULT_OUTPUT_RESERVE = 4_096;
/** A token limit does not renew by itself; this is how long a client should wait before asking again. */
const TOKEN_LIMIT_RETRY_SECONDS = 60 * 60;
/** Attempts when the limits change between the read and the admission. */
const ADMISSION_ATTEMPTS = 3;

/** A prompt's estimate: its text by length, and each image or file part as MEDIA_PART_TOKENS. */
export function estimatePromptTokens(system: string | undefined, messages: ModelMessage[]): number {
  const texts = [system ?? ""];
  let media = 0;
  for (const message of messages) {
    if (typeof message.content === "string") {
      texts.push(message.content);
      continue;
    }
    for (const part of message.content) {
      if (part.type === "image" || part.type === "file") media++;
      else if (part.type === "text" || part.type === "reasoning") texts.push(part.text);
      else texts.push(JSON.stringify(part));
    }
  }
  return estimateTokens(texts.join("\n")) + media * MEDIA_PART_TOKENS;
}

/** What reserveTokens reads of the user: their limits and this month's spending. */
export type Allowance = Pick<UserDoc, "usage">;

export const ALLOWANCE_FIELDS =
  "usage.tokens_limit usage.tokens_used usage.monthly_budget_usd usage.month usage.month_cost_usd usage.month_committed_usd";

/** The user's allowance; read ahead, beside other reads, it saves a round trip before the call. */
export async function readAllowance(userId: string): Promise<Allowance> {
  const user = await User.findById(userId).select(ALLOWANCE_FIELDS).lean<Allowance>();
  if (!user) throw AppError.unauthorized();
  return user;
}

// Keyed by the request's acting user, so it lives exactly as long as the request.
const readWithAccount = new WeakMap<SessionUser, Allowance>();

/** Keeps the allowance the request's account check read with the account. */
export function rememberAllowance(actor: SessionUser, allowance: Allowance): void {
  readWithAccount.set(actor, allowance);
}

/**
 * The actor's allowance as this request's account check read it, or read
 * now. Milliseconds old at most; the admission's update holds it to the
 * limits as they are, and reads them again if they moved.
 */
export function allowanceOf(actor: SessionUser): Promise<Allowance> {
  const remembered = readWithAccount.get(actor);
  return remembered ? Promise.resolve(remembered) : readAllowance(actor.id);
}

interface CallEstimate {
  promptTokens: number;
  maxOutputTokens?: number | null;
  /** The model's list prices price the reservation against the budget; unknown costs nothing. */
  model?: ModelInfo | null;
}

/** The most the call may cost: its prompt, its whole reply allowance and, for an image model, the image. */
function worstCaseCostUsd(model: ModelInfo | null | undefined, prompt: number, output: number) {
  if (!model) return 0;
  const image = model.outputModalities.includes("image")
    ? (model.pricing.imageUsdPerImage ?? 0)
    : 0;
  return (
    prompt * model.pricing.promptUsdPerToken + output * model.pricing.completionUsdPerToken + image
  );
}

/**
 * Admits a model call against the user's token limit and monthly budget in
 * one conditional update: on the condition that the user is under both, it
 * adds the call's estimated tokens to usage.tokens_used and its estimated
 * cost to usage.month_committed_usd (this month's cost plus what running
 * calls may still cost). Of many parallel calls near a limit only the first
 * gets through, on one instance or many: each limit is overshot by at most
 * one call. recordUsage settles both with the real figures. A server that
 * is shutting down admits no new call (503 with Retry-After).
 */
export async function reserveTokens(
  userId: string,
  estimate: CallEstimate,
  allowance?: Allowance,
): Promise<TokenReservation> {
  refuseNewAnswersWhileDraining();
  const output = estimate.maxOutputTokens ?? DEFAULT_OUTPUT_RESERVE;
  const tokens = estimate.promptTokens + output;
  const worstCase = worstCaseCostUsd(estimate.model, estimate.promptTokens, output);
  let user = allowance ?? (await readAllowance(userId));

  for (let attempt = 1; ; attempt++) {
    const month = currentMonth();
    const limit = user.usage.tokens_limit;
    const budget = user.usage.monthly_budget_usd;
    if (limit < 0 && budget < 0) return { userId, reserved: 0, reservedUsd: 0, month };
    if (budget >= 0 && user.usage.month !== month) await startMonth(userId, month);

    const reservation = {
      userId,
      reserved: limit < 0 ? 0 : tokens,
      reservedUsd: budget < 0 ? 0 : worstCase,
      month,
    };
    const admitted = await User.updateOne(
      {
        _id: userId,
        ...(limit < 0 ? {} : { "usage.tokens_limit": limit, "usage.tokens_used": { $lt: limit } }),
        ...(budget < 0
          ? {}
          : {
              "usage.monthly_budget_usd": budget,
              "usage.month": month,
              "usage.month_committed_usd": { $lt: budget },
            }),
      },
      {
        $inc: {
          "usage.tokens_used": reservation.reserved,
          "usage.month_committed_usd": reservation.reservedUsd,
        },
      },
    );
    if (admitted.modifiedCount > 0) return reservation;

    // Refused: say which limit, unless the limits changed since they were read.
    user = await readAllowance(userId);
    if (user.usage.month_committed_usd === undefined) await startCommitted(userId, user, month);
    const refusal = refusalOf(user, month);
    if (refusal) throw refusal;
    if (attempt >= ADMISSION_ATTEMPTS) throw budgetReached(user.usage.monthly_budget_usd);
  }
}

/** An account from before month_committed_usd existed: it starts at the month's cost. */
async function startCommitted(userId: string, user: Allowance, month: string): Promise<void> {
  await User.updateOne(
    { _id: userId, "usage.month_committed_usd": { $exists: false } },
    {
      $set: {
        "usage.month_committed_usd": user.usage.month === month ? user.usage.month_cost_usd : 0,
      },
    },
  );
}

function refusalOf(user: Allowance, month: string): AppError | null {
  const { tokens_limit, tokens_used, monthly_budget_usd, month_committed_usd } = user.usage;
  if (tokens_limit >= 0 && tokens_used >= tokens_limit) return tokenLimitReached(tokens_limit);
  if (
    monthly_budget_usd >= 0 &&
    user.usage.month === month &&
    (month_committed_usd ?? 0) >= monthly_budget_usd
  ) {
    return budgetReached(monthly_budget_usd);
  }
  return null;
}

function tokenLimitReached(limit: number): AppError {
  return new AppError(
    "token_limit_reached",
    429,
    `You have used your token allowance (${limit.toLocaleString("en")} tokens). Ask your administrator to raise it.`,
  ).withHeaders(limitHeaders({ limit, retryAfterSeconds: TOKEN_LIMIT_RETRY_SECONDS }));
}

function budgetReached(budget: number): AppError {
  return new AppError(
    "budget_reached",
    429,
    `You have spent your monthly budget (${formatBudgetUsd(budget)}). It renews on the 1st; ask your administrator to raise it.`,
  ).withHeaders(
    // The header counts whole units: the budget in US cents.
    limitHeaders({ limit: Math.ceil(budget * 100), retryAfterSeconds: secondsUntilNextMonth() }),
  );
}

import type { ModelMessage } from "ai";
import { AppError } from "@/lib/errors";
import { costThisMonth } from "@/lib/usage/month-cost";
import { User, type UserDoc } from "@/models/user";
import { estimateTokens, MEDIA_PART_TOKENS } from "./client/estimate";

/** A reservation held while a reply streams; settled with the real count at the end. */
export interface TokenReservation {
  userId: string;
  reserved: number;
}

const DEFAULT_OUTPUT_RESERVE = 4_096;

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

/** The user's allowance; read ahead, beside other reads, it saves a round trip before the call. */
export async function readAllowance(userId: string): Promise<Allowance> {
  const user = await User.findById(userId)
    .select(
      "usage.tokens_limit usage.tokens_used usage.monthly_budget_usd usage.month usage.month_cost_usd",
    )
    .lean<Allowance>();
  if (!user) throw AppError.unauthorized();
  return user;
}

/**
 * Admits a model call: refused when the user's monthly budget is spent
 * (calls already running may overshoot it by their own cost). Then, for a
 * user with a token limit, adds the call's
 * estimated cost to usage.tokens_used up front, on the condition that the
 * user is still under the limit. The condition and the increment are one
 * atomic update, so of many parallel calls near the limit only the first
 * gets through: the limit is overshot by at most one call.
 */
export async function reserveTokens(
  userId: string,
  estimate: { promptTokens: number; maxOutputTokens?: number | null },
  allowance?: Allowance,
): Promise<TokenReservation> {
  const user = allowance ?? (await readAllowance(userId));
  const budget = user.usage.monthly_budget_usd;
  if (budget >= 0 && costThisMonth(user) >= budget) {
    throw new AppError(
      "budget_reached",
      429,
      `You have spent your monthly budget ($${budget.toFixed(2)}). It renews on the 1st; ask your administrator to raise it.`,
    );
  }
  const limit = user.usage.tokens_limit;
  if (limit < 0) return { userId, reserved: 0 };

  const reserved = estimate.promptTokens + (estimate.maxOutputTokens ?? DEFAULT_OUTPUT_RESERVE);
  const admitted = await User.updateOne(
    { _id: userId, "usage.tokens_limit": limit, "usage.tokens_used": { $lt: limit } },
    { $inc: { "usage.tokens_used": reserved } },
  );
  if (admitted.modifiedCount === 0) {
    throw new AppError(
      "token_limit_reached",
      429,
      `You have used your token allowance (${limit.toLocaleString("en")} tokens). Ask your administrator to raise it.`,
    );
  }
  return { userId, reserved };
}

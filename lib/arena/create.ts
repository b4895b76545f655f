import { randomInt } from "node:crypto";
import type { ArenaSessionDto } from "@/lib/arena/dto";
import type { SessionUser } from "@/lib/auth/types";
import { findUsableConfig } from "@/lib/configs/access";
import { connectDb } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { findModel } from "@/lib/llm/catalogue";
import { parseInput } from "@/lib/validation";
import { type ArenaPanel, ArenaSession } from "@/models/arena-session";
import { createArenaSchema } from "./schemas";
import { toSessionDto } from "./to-dto";

/**
 * Starts a comparison of 2–4 configs (the actor's own, public or templates)
 * or models from the model list. A blind session shuffles the panels, so
 * their order says nothing of what the user picked.
 */
export async function createArenaSession(
  actor: SessionUser,
  input: unknown,
): Promise<ArenaSessionDto> {
  const { title, panels, blind } = parseInput(createArenaSchema, input);
  await connectDb();
  const resolved: ArenaPanel[] = [];
  for (const [index, panel] of panels.entries()) {
    resolved.push(await resolvePanel(actor, panel, index));
  }
  const session = await ArenaSession.create({
    user_id: actor.id,
    panels: blind ? shuffled(resolved) : resolved,
    blind,
    revealed: !blind,
    ...(title ? { title } : {}),
  });
  return toSessionDto(session.toObject(), [], []);
}

async function resolvePanel(
  actor: SessionUser,
  panel: { configId: string } | { modelId: string },
  index: number,
): Promise<ArenaPanel> {
  if ("configId" in panel) {
    const config = await findUsableConfig(actor, panel.configId).catch((error: unknown) => {
      if (!(error instanceof AppError && error.status === 404)) throw error;
      const field = `panels.${index}.configId`;
      throw AppError.badRequest(`${field}: is not one of your configs or a shared one`, {
        [field]: ["is not one of your configs or a shared one"],
      });
    });
    return {
      config_id: config._id,
      model_id: config.model_id,
      name: config.name,
      avatar: config.avatar,
    };
  }
  const model = await findModel(panel.modelId);
  if (!model) {
    throw AppError.badRequest(
      `panels.${index}.modelId: ${panel.modelId} is not in the model list`,
      {
        [`panels.${index}.modelId`]: ["is not in the model list"],
      },
    );
  }
  return { config_id: null, model_id: model.id, name: model.name, avatar: null };
}

/** Fisher–Yates with a cryptographic source: the user must not be able to guess the order. */
function shuffled<T>(items: T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

import type { SessionUser } from "@/lib/auth/types";
import { findUsableConfig } from "@/lib/configs/access";
import type { ConfigDto } from "@/lib/configs/dto";
import { toConfigDtoWithAuthor } from "@/lib/configs/to-dto";
import { AppError } from "@/lib/errors";

/**
 * A config a chat can answer with (own, public or a template), or null when
 * it is gone or no longer shared: the chat then goes on with a plain model.
 */
export async function findConfigForChat(actor: SessionUser, id: string): Promise<ConfigDto | null> {
  try {
    return await toConfigDtoWithAuthor(await findUsableConfig(actor, id), actor.id);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
}

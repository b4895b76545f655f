import type { SessionUser } from "@/lib/auth/types";
import { findUsableConfig } from "@/lib/configs/access";
import type { ConfigDto } from "@/lib/configs/dto";
import { toConfigDtoWithAuthor } from "@/lib/configs/to-dto";

/** One config the actor may see: own, public or a template; anything else is a 404. */
export async function getConfig(actor: SessionUser, id: string): Promise<ConfigDto> {
  return toConfigDtoWithAuthor(await findUsableConfig(actor, id), actor.id);
}

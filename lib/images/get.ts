import "server-only";
import type { SessionUser } from "@/lib/auth/types";
import { findOwnedImage } from "./access";
import type { ImageDto } from "./dto";
import { toImageDto } from "./to-dto";

export async function getImage(actor: SessionUser, id: string): Promise<ImageDto> {
  return toImageDto(await findOwnedImage(actor, id));
}

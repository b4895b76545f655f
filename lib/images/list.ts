import "server-only";
import type { QueryFilter } from "mongoose";
import type { SessionUser } from "@/lib/auth/types";
import type { Page } from "@/lib/conversations/dto";
import { escapeRegex } from "@/lib/conversations/search-text";
import { connectDb } from "@/lib/db/connect";
import { toPage } from "@/lib/db/page";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { parseInput } from "@/lib/validation";
import { GeneratedImage, type GeneratedImageDoc } from "@/models/generated-image";
import { afterImageCursor, encodeImageCursor, NEWEST_FIRST } from "./cursor";
import type { ImageDto } from "./dto";
import { listImagesSchema } from "./schemas";
import { toImageDto } from "./to-dto";

/** One page of the actor's images, newest first; favourites only and a prompt search on request. */
export async function listImages(actor: SessionUser, query: unknown): Promise<Page<ImageDto>> {
  const { limit, cursor, favorites, q } = parseInput(listImagesSchema, query);
  // A prompt search scans every image the actor has; plain pages are cheap.
  if (q) await enforceRateLimit("search", [`user:${actor.id}`]);

  const and: QueryFilter<GeneratedImageDoc>[] = [{ user_id: actor.id }];
  if (favorites) and.push({ is_favorite: true });
  if (q) and.push({ prompt: { $regex: escapeRegex(q), $options: "i" } });
  if (cursor !== undefined) and.push(afterImageCursor(cursor));

  await connectDb();
  const docs = await GeneratedImage.find({ $and: and })
    .sort(NEWEST_FIRST)
    .limit(limit + 1)
    .lean();
  const page = toPage(docs, limit, encodeImageCursor);
  return { ...page, items: page.items.map(toImageDto) };
}

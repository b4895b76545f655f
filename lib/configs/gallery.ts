import type { QueryFilter } from "mongoose";
import type { SessionUser } from "@/lib/auth/types";
import { SHARED_VISIBILITIES } from "@/lib/configs/access";
import type { ConfigDto } from "@/lib/configs/dto";
import { afterGalleryCursor, encodeGalleryCursor, gallerySort } from "@/lib/configs/gallery-cursor";
import { galleryQuerySchema } from "@/lib/configs/schemas";
import { configLookups, toConfigDto } from "@/lib/configs/to-dto";
import type { Page } from "@/lib/conversations/dto";
import { connectDb } from "@/lib/db/connect";
import { toPage } from "@/lib/db/page";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { parseInput } from "@/lib/validation";
import { LlmConfig, type LlmConfigDoc } from "@/models/llm-config";

/** User text made literal inside a regular expression. */
function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One page of public configs and templates, searched, filtered and sorted. */
export async function browseGallery(actor: SessionUser, query: unknown): Promise<Page<ConfigDto>> {
  const { q, tag, model, sort, limit, cursor } = parseInput(galleryQuerySchema, query);
  // A word search scans every shared config; browsing by page is cheap.
  if (q) await enforceRateLimit("search", [`user:${actor.id}`]);

  const and: QueryFilter<LlmConfigDoc>[] = [{ visibility: { $in: SHARED_VISIBILITIES } }];
  if (q) {
    const pattern = new RegExp(escapeRegex(q), "i");
    and.push({ $or: [{ name: pattern }, { description: pattern }, { tags: pattern }] });
  }
  if (tag) and.push({ tags: tag });
  if (model) and.push({ model_id: model });
  if (cursor !== undefined) and.push(afterGalleryCursor(sort, cursor));

  await connectDb();
  const docs = await LlmConfig.find({ $and: and })
    .sort(gallerySort(sort))
    .limit(limit + 1)
    .lean();
  const page = toPage(docs, limit, (last) => encodeGalleryCursor(sort, last));
  const lookups = await configLookups(page.items, actor.id);
  return { ...page, items: page.items.map((doc) => toConfigDto(doc, actor.id, lookups)) };
}

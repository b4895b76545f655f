import type { Types } from "mongoose";
import { connectDb } from "@/lib/db/connect";
import { toObjectId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";

/**
 * The document `id` names, found by `find`, whose filter holds the owner:
 * a malformed id, another user's document and a missing one all answer the
 * same 404 naming `what`.
 */
export async function findOwned<D>(
  what: string,
  id: string,
  find: (_id: Types.ObjectId) => PromiseLike<D | null>,
): Promise<D> {
  const _id = toObjectId(id);
  if (!_id) throw AppError.notFound(what);
  await connectDb();
  const found = await find(_id);
  if (!found) throw AppError.notFound(what);
  return found;
}

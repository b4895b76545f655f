import type { QueryFilter } from "mongoose";
import { Types } from "mongoose";
import type { AdminUserRowDto } from "@/lib/admin/dto";
import { assertAdmin } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import type { Page } from "@/lib/conversations/dto";
import { escapeRegex } from "@/lib/conversations/search-text";
import { connectDb } from "@/lib/db/connect";
import { decodeSortKey, encodeSortKey, toPage } from "@/lib/db/page";
import { parseInput } from "@/lib/validation";
import { User, type UserDoc } from "@/models/user";
import { listUsersSchema, type UserSort } from "./schemas";
import { toAdminUserRow, USER_ROW_FIELDS } from "./user-row";

const DAY_MS = 24 * 60 * 60 * 1000;

const SORT_FIELDS: Record<UserSort, string> = {
  created: "created_at",
  lastActive: "usage.last_active",
  tokens: "usage.tokens_used",
  cost: "usage.cost_usd",
  email: "email",
};

type SortValue = string | number | Date | null;

/**
 * The user table: searched by email or name, filtered by role, ban and
 * activity, sorted by any column, paged with a keyset cursor (the sort value
 * and the id of the last row), never `skip`.
 */
export async function listUsers(
  actor: SessionUser,
  query: unknown,
): Promise<Page<AdminUserRowDto>> {
  assertAdmin(actor);
  const { q, role, banned, active, sort, order, limit, cursor } = parseInput(
    listUsersSchema,
    query,
  );
  const field = SORT_FIELDS[sort];
  const direction = order === "asc" ? 1 : -1;

  const and: QueryFilter<UserDoc>[] = [];
  if (q) {
    const pattern = { $regex: escapeRegex(q), $options: "i" };
    and.push({ $or: [{ email: pattern }, { "profile.display_name": pattern }] });
  }
  if (role) and.push({ role });
  if (banned) and.push({ "status.is_banned": banned === "true" });
  if (active === "inactive") {
    and.push({
      $or: [{ "usage.last_active": null }, { "usage.last_active": { $lt: daysAgo(30) } }],
    });
  } else if (active) {
    and.push({ "usage.last_active": { $gte: daysAgo(active === "7d" ? 7 : 30) } });
  }
  if (cursor) and.push(after(field, direction, decodeCursor(cursor)));

  await connectDb();
  const docs = await User.find(and.length ? { $and: and } : {})
    .select(USER_ROW_FIELDS)
    .sort({ [field]: direction, _id: direction })
    .limit(limit + 1)
    .lean();
  const page = toPage(docs, limit, (last) => encodeCursor(valueAt(last, field), last._id));
  return { ...page, items: page.items.map(toAdminUserRow) };
}

function daysAgo(days: number): Date {
  return new Date(Date.now() - days * DAY_MS);
}

function valueAt(doc: object, path: string): SortValue {
  let at: unknown = doc;
  for (const key of path.split(".")) at = (at as Record<string, unknown> | null)?.[key];
  return (at ?? null) as SortValue;
}

function encodeCursor(value: SortValue, id: Types.ObjectId): string {
  const encoded = value instanceof Date ? { d: value.getTime() } : { v: value };
  return encodeSortKey([encoded, id.toString()]);
}

function decodeCursor(cursor: string): { value: SortValue; id: Types.ObjectId } {
  return decodeSortKey(cursor, ([encoded, id]) => {
    const { d, v } = encoded as { d?: number; v?: string | number | null };
    return {
      value: d !== undefined ? new Date(d) : (v ?? null),
      id: new Types.ObjectId(id as string),
    };
  });
}

/**
 * Rows after (value, id) in the sort order. Nulls (never active) sort first
 * ascending and last descending, as MongoDB orders them.
 */
function after(
  field: string,
  direction: 1 | -1,
  { value, id }: { value: SortValue; id: Types.ObjectId },
): QueryFilter<UserDoc> {
  const beyond = direction === 1 ? "$gt" : "$lt";
  const sameValue = { [field]: value, _id: { [beyond]: id } };
  if (value === null) {
    // Descending, nulls come last: only more nulls follow. Ascending, every value follows.
    return direction === 1 ? { $or: [sameValue, { [field]: { $ne: null } }] } : sameValue;
  }
  const later: QueryFilter<UserDoc>[] = [sameValue, { [field]: { [beyond]: value } }];
  // Comparisons never match null, so descending, the nulls at the end are added.
  if (direction === -1) later.push({ [field]: null });
  return { $or: later };
}

import type { z } from "zod";
import { firstParam, type SearchParams } from "@/components/common/search-params";
import { listUsersSchema, type UserSort } from "@/lib/admin/schemas";

export type SortOrder = "asc" | "desc";

/** What the user table shows; empty strings are "any". */
export interface UserFilter {
  q: string;
  role: "" | "user" | "admin";
  banned: "" | "true" | "false";
  active: "" | "7d" | "30d" | "inactive";
  sort: UserSort;
  order: SortOrder;
}

export const DEFAULT_USER_FILTER: UserFilter = {
  q: "",
  role: "",
  banned: "",
  active: "",
  sort: "created",
  order: "desc",
};

const shape = listUsersSchema.shape;

function valid<S extends z.ZodType>(schema: S, value: string | undefined): z.output<S> | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The filter in a URL; a hand-edited or stale value falls back to "any" instead of an error page. */
export function parseUserFilter(params: SearchParams): UserFilter {
  const get = (key: string) => firstParam(params[key]);
  return {
    q: valid(shape.q, get("q")) ?? "",
    role: valid(shape.role, get("role")) ?? "",
    banned: valid(shape.banned, get("banned")) ?? "",
    active: valid(shape.active, get("active")) ?? "",
    sort: valid(shape.sort, get("sort")) ?? DEFAULT_USER_FILTER.sort,
    order: valid(shape.order, get("order")) ?? DEFAULT_USER_FILTER.order,
  };
}

/** The filter as query parameters (URL, API, cache key), leaving out what is the default. */
export function userFilterQuery(filter: UserFilter): Record<string, string> {
  const query: Record<string, string> = {};
  const q = filter.q.trim();
  if (q) query.q = q;
  if (filter.role) query.role = filter.role;
  if (filter.banned) query.banned = filter.banned;
  if (filter.active) query.active = filter.active;
  if (filter.sort !== DEFAULT_USER_FILTER.sort || filter.order !== DEFAULT_USER_FILTER.order) {
    query.sort = filter.sort;
    query.order = filter.order;
  }
  return query;
}

/** Names read best A to Z; numbers and dates, biggest or newest first. */
const FIRST_ORDER: Record<UserSort, SortOrder> = {
  email: "asc",
  created: "desc",
  lastActive: "desc",
  tokens: "desc",
  cost: "desc",
};

/** A click on a column header: the same column flips its order, another starts at its natural one. */
export function sortBy(filter: UserFilter, column: UserSort): Pick<UserFilter, "sort" | "order"> {
  if (filter.sort === column)
    return { sort: column, order: filter.order === "asc" ? "desc" : "asc" };
  return { sort: column, order: FIRST_ORDER[column] };
}

export function isFiltered(filter: UserFilter): boolean {
  return Boolean(filter.q.trim() || filter.role || filter.banned || filter.active);
}

import { describe, expect, it } from "vitest";
import { parseLimit, toLimitInput, UNLIMITED } from "@/components/admin/users/actions/limit-value";
import {
  DEFAULT_USER_FILTER,
  isFiltered,
  parseUserFilter,
  sortBy,
  userFilterQuery,
} from "@/components/admin/users/user-filter";
import { toQueryString } from "@/components/common/search-params";
import en from "@/messages/en";

describe("user filter", () => {
  it("reads a URL and falls back to the defaults on values the API would refuse", () => {
    expect(
      parseUserFilter({
        q: "  ada ",
        role: "admin",
        banned: "maybe",
        active: "7d",
        sort: "tokens",
      }),
    ).toEqual({ ...DEFAULT_USER_FILTER, q: "ada", role: "admin", active: "7d", sort: "tokens" });
    expect(parseUserFilter({})).toEqual(DEFAULT_USER_FILTER);
  });

  it("puts only what differs from the defaults in the query", () => {
    expect(userFilterQuery(DEFAULT_USER_FILTER)).toEqual({});
    expect(userFilterQuery({ ...DEFAULT_USER_FILTER, q: "  ", banned: "true" })).toEqual({
      banned: "true",
    });
    expect(userFilterQuery({ ...DEFAULT_USER_FILTER, sort: "email", order: "asc" })).toEqual({
      sort: "email",
      order: "asc",
    });
  });

  it("round-trips through the URL", () => {
    const filter = {
      ...DEFAULT_USER_FILTER,
      q: "bob",
      role: "user" as const,
      order: "asc" as const,
    };
    const search = new URLSearchParams(toQueryString(userFilterQuery(filter)));
    expect(parseUserFilter(Object.fromEntries(search))).toEqual(filter);
  });

  it("flips the order on the same column and starts a new one at its natural order", () => {
    expect(sortBy(DEFAULT_USER_FILTER, "created")).toEqual({ sort: "created", order: "asc" });
    expect(sortBy(DEFAULT_USER_FILTER, "email")).toEqual({ sort: "email", order: "asc" });
    expect(sortBy(DEFAULT_USER_FILTER, "tokens")).toEqual({ sort: "tokens", order: "desc" });
    expect(sortBy({ ...DEFAULT_USER_FILTER, sort: "email", order: "asc" }, "email")).toEqual({
      sort: "email",
      order: "desc",
    });
  });

  it("counts search and filters, not the order, as narrowing", () => {
    expect(isFiltered({ ...DEFAULT_USER_FILTER, sort: "cost" })).toBe(false);
    expect(isFiltered({ ...DEFAULT_USER_FILTER, active: "inactive" })).toBe(true);
  });
});

describe("limit fields", () => {
  it("shows -1 as a ticked Unlimited box", () => {
    expect(toLimitInput(-1)).toEqual({ text: "", unlimited: true });
    expect(toLimitInput(50000)).toEqual({ text: "50000", unlimited: false });
  });

  it("turns the field into the value the server takes", () => {
    expect(parseLimit({ text: "whatever", unlimited: true }, { wholeNumber: true })).toEqual({
      value: UNLIMITED,
    });
    expect(parseLimit({ text: " 1000 ", unlimited: false }, { wholeNumber: true })).toEqual({
      value: 1000,
    });
    expect(parseLimit({ text: "2.5", unlimited: false }, { wholeNumber: false })).toEqual({
      value: 2.5,
    });
    expect(parseLimit({ text: "0", unlimited: false }, { wholeNumber: true })).toEqual({
      value: 0,
    });
  });

  it("says what is wrong instead of sending a bad number", () => {
    const problems = en.admin.user.limits.problems;
    const problem = (text: string, wholeNumber: boolean) => {
      const parsed = parseLimit({ text, unlimited: false }, { wholeNumber });
      return "error" in parsed ? problems[parsed.error] : parsed;
    };
    expect(problem("", true)).toBe("Enter a number, or tick Unlimited.");
    expect(problem("-5", true)).toBe("Enter 0 or more.");
    expect(problem("1.5", true)).toBe("Enter a whole number.");
    expect(problem("abc", false)).toBe("Enter 0 or more.");
  });
});

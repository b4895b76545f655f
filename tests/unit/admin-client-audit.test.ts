import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { diffValues } from "@/components/admin/audit/audit-diff";
import {
  auditFilterQuery,
  EMPTY_AUDIT_FILTER,
  isAuditFiltered,
  parseAuditFilter,
} from "@/components/admin/audit/audit-filter";
import { actionLabel } from "@/components/admin/audit/audit-text";
import { messagesFor } from "@/lib/i18n/messages";

const ID = "65f0c0ffee0000000000abcd";

describe("diffValues", () => {
  it("lists every field with what happened to it, in recorded order", () => {
    expect(
      diffValues(
        { role: "user", is_banned: false, ban_reason: null, tokens_limit: -1 },
        { role: "user", is_banned: true, ban_reason: "spam", tokens_limit: -1 },
      ),
    ).toEqual([
      { path: "role", before: '"user"', after: '"user"', change: "same" },
      { path: "is_banned", before: "false", after: "true", change: "changed" },
      { path: "ban_reason", before: "null", after: '"spam"', change: "changed" },
      { path: "tokens_limit", before: "-1", after: "-1", change: "same" },
    ]);
  });

  it("walks nested objects and keeps arrays whole", () => {
    expect(
      diffValues({ usage: { tokens: 5 }, tags: ["a"] }, { usage: { tokens: 0 }, tags: ["a", "b"] }),
    ).toEqual([
      { path: "usage.tokens", before: "5", after: "0", change: "changed" },
      { path: "tags", before: '["a"]', after: '["a","b"]', change: "changed" },
    ]);
  });

  it("marks fields only on one side as added or removed", () => {
    expect(
      diffValues({ visibility: "public" }, { visibility: "private", apiKeysRevoked: 2 }),
    ).toEqual([
      { path: "visibility", before: '"public"', after: '"private"', change: "changed" },
      { path: "apiKeysRevoked", after: "2", change: "added" },
    ]);
  });

  it("treats a missing side (a creation, a deletion) as nothing recorded", () => {
    expect(diffValues(null, { name: "Essay" })).toEqual([
      { path: "name", after: '"Essay"', change: "added" },
    ]);
    expect(diffValues({ email: "a@example.com" }, undefined)).toEqual([
      { path: "email", before: '"a@example.com"', change: "removed" },
    ]);
    expect(diffValues(null, null)).toEqual([]);
  });

  it("compares plain values under an empty path", () => {
    expect(diffValues("user", "admin")).toEqual([
      { path: "", before: '"user"', after: '"admin"', change: "changed" },
    ]);
  });
});

describe("audit filter", () => {
  it("reads a URL and drops what the API would refuse", () => {
    expect(
      parseAuditFilter({
        adminId: ID.toUpperCase(),
        action: "user.ban",
        targetId: "not-an-id",
        from: "2025-13-01",
        to: ["2025-03-31", "2025-04-01"],
      }),
    ).toEqual({ ...EMPTY_AUDIT_FILTER, adminId: ID, action: "user.ban", to: "2025-03-31" });
  });

  it("sends a target id only once it is complete, and dates only in order", () => {
    expect(auditFilterQuery({ ...EMPTY_AUDIT_FILTER, targetId: ID.slice(0, 10) })).toEqual({});
    expect(auditFilterQuery({ ...EMPTY_AUDIT_FILTER, targetId: ` ${ID.toUpperCase()} ` })).toEqual({
      targetId: ID,
    });
    expect(
      auditFilterQuery({ ...EMPTY_AUDIT_FILTER, from: "2025-03-10", to: "2025-03-01" }),
    ).toEqual({});
    expect(
      auditFilterQuery({ ...EMPTY_AUDIT_FILTER, from: "2025-03-01", to: "2025-03-10" }),
    ).toEqual({ from: "2025-03-01", to: "2025-03-10" });
  });

  it("knows when anything narrows the log", () => {
    expect(isAuditFiltered(EMPTY_AUDIT_FILTER)).toBe(false);
    expect(isAuditFiltered({ ...EMPTY_AUDIT_FILTER, action: "user.role" })).toBe(true);
  });

  it("names known actions and shows unknown ones as stored", () => {
    const t = createTranslator({
      locale: "en",
      messages: messagesFor("en"),
      namespace: "admin.audit",
    });
    expect(actionLabel(t, "user.ban")).toBe("Banned a user");
    expect(actionLabel(t, "something.new")).toBe("something.new");
    const german = createTranslator({
      locale: "de",
      messages: messagesFor("de"),
      namespace: "admin.audit",
    });
    expect(actionLabel(german, "user.ban")).toBe("Nutzer gesperrt");
  });
});

import { describe, expect, it } from "vitest";
import { requestIdFrom } from "@/lib/observability/request-id";
import { routeMatcher } from "@/lib/observability/route-template";

describe("requestIdFrom", () => {
  it("keeps a sane incoming id", () => {
    expect(requestIdFrom("edge-7f3a.42:retry_1")).toBe("edge-7f3a.42:retry_1");
    expect(requestIdFrom("x".repeat(128))).toBe("x".repeat(128));
  });

  it("replaces a missing, empty, long or unsafe one with a new id", () => {
    const unsafe = [
      undefined,
      "",
      "x".repeat(129),
      "two words",
      "line\nbreak",
      "a\rb",
      '{"json":1}',
    ];
    const ids = unsafe.map(requestIdFrom);
    for (const [index, id] of ids.entries()) {
      expect(id).not.toBe(unsafe[index]);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("routeMatcher", () => {
  const route = routeMatcher([
    "/",
    "/chat/[id]",
    "/chat/new",
    "/api/conversations",
    "/api/conversations/[id]",
    "/api/conversations/[id]/messages",
    "/api/auth/[...nextauth]",
    "/api/[...path]",
    "/docs/[[...slug]]",
  ]);

  it("maps a path to the template that serves it, static names before parameters", () => {
    expect(route("/")).toBe("/");
    expect(route("/chat/new")).toBe("/chat/new");
    expect(route("/chat/65f0c0ffee")).toBe("/chat/[id]");
    expect(route("/api/conversations")).toBe("/api/conversations");
    expect(route("/api/conversations/abc/messages")).toBe("/api/conversations/[id]/messages");
    expect(route("/api/auth/callback/credentials")).toBe("/api/auth/[...nextauth]");
    expect(route("/api/nothing/here")).toBe("/api/[...path]");
    expect(route("/docs")).toBe("/docs/[[...slug]]");
    expect(route("/docs/a/b")).toBe("/docs/[[...slug]]");
  });

  it("calls everything else other, and assets one name", () => {
    expect(route("/wp-login.php")).toBe("other");
    expect(route("/chat/a/b")).toBe("other");
    expect(route("/_next/static/chunks/main-abc.js")).toBe("/_next/static");
  });
});

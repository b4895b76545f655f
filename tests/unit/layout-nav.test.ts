import { describe, expect, it } from "vitest";
import { activeItem, navFor } from "@/components/layout/nav";

describe("navigation", () => {
  it("titles every page from its entry, nested routes and unlisted pages included", () => {
    expect(activeItem("/chat/0123456789abcdef01234567")?.name).toBe("chat");
    expect(activeItem("/arena/leaderboard")?.name).toBe("arena");
    expect(activeItem("/api-docs")?.name).toBe("apiDocs");
    expect(activeItem("/settings/usage")?.name).toBe("usage");
    expect(activeItem("/settings")?.name).toBe("settings");
    expect(activeItem("/nowhere")).toBeUndefined();
  });

  it("lists admin pages to admins only, and unlisted pages to nobody", () => {
    const member = navFor("user").map((item) => item.href);
    const admin = navFor("admin").map((item) => item.href);
    expect(member).not.toContain("/admin");
    expect(admin).toContain("/admin");
    expect([...member, ...admin]).not.toContain("/api-docs");
    expect([...member, ...admin]).not.toContain("/settings/usage");
  });
});

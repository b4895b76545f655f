import { describe, expect, it, vi } from "vitest";
import { handOffDraft, takeDraftHandoff } from "@/lib/chat/client/draft-handoff";
import { stubSessionStorage } from "../support/memory-storage";

describe("draft handoff", () => {
  const storage = stubSessionStorage();

  it("gives the text to the first reader only", () => {
    handOffDraft("Translate {{x}} $& as typed", 1_000);
    expect(takeDraftHandoff(2_000)).toBe("Translate {{x}} $& as typed");
    expect(takeDraftHandoff(2_000)).toBeNull();
  });

  it("has nothing when nothing was handed over", () => {
    expect(takeDraftHandoff()).toBeNull();
  });

  it("drops a handoff left too long, and does not keep it", () => {
    handOffDraft("old", 0);
    expect(takeDraftHandoff(61_000)).toBeNull();
    expect(storage.current.length).toBe(0);
  });

  it("ignores and removes what is not a handoff", () => {
    storage.current.setItem("uni-chat:draft-handoff", "not json");
    expect(takeDraftHandoff()).toBeNull();
    storage.current.setItem("uni-chat:draft-handoff", JSON.stringify({ text: 5, at: Date.now() }));
    expect(takeDraftHandoff()).toBeNull();
    expect(storage.current.length).toBe(0);
  });

  it("does nothing when storage is unavailable", () => {
    vi.stubGlobal("window", {
      get sessionStorage(): Storage {
        throw new DOMException("denied", "SecurityError");
      },
    });
    expect(() => handOffDraft("x")).not.toThrow();
    expect(takeDraftHandoff()).toBeNull();
  });
});

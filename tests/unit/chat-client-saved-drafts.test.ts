import { describe, expect, it, vi } from "vitest";
import { clearDrafts, loadDraft, saveDraft } from "@/lib/chat/client/saved-drafts";
import { stubSessionStorage } from "../support/memory-storage";

describe("saved drafts", () => {
  const storage = stubSessionStorage();

  it("keeps a draft per conversation, exactly as typed", () => {
    saveDraft("a", "Half a thought about {{x}} $&\n  indented");
    saveDraft("new", "A new chat");
    expect(loadDraft("a")).toBe("Half a thought about {{x}} $&\n  indented");
    expect(loadDraft("new")).toBe("A new chat");
    expect(loadDraft("b")).toBe("");
  });

  it("forgets a draft that is emptied or sent", () => {
    saveDraft("a", "something");
    saveDraft("a", "   ");
    expect(loadDraft("a")).toBe("");
    expect(JSON.parse(storage.current.getItem("uni-chat:drafts") ?? "")).toEqual({});
  });

  it("keeps the 50 newest drafts", () => {
    for (let i = 0; i < 55; i++) saveDraft(`c${i}`, `draft ${i}`, 1_000 + i);
    expect(loadDraft("c0")).toBe("");
    expect(loadDraft("c4")).toBe("");
    expect(loadDraft("c5")).toBe("draft 5");
    expect(loadDraft("c54")).toBe("draft 54");
  });

  it("clears every draft at once, as at sign-out", () => {
    saveDraft("a", "one");
    saveDraft("b", "two");
    clearDrafts();
    expect(loadDraft("a")).toBe("");
    expect(loadDraft("b")).toBe("");
  });

  it("survives storage that is broken, full or missing", () => {
    storage.current.setItem("uni-chat:drafts", "{not json");
    expect(loadDraft("a")).toBe("");
    storage.current.setItem(
      "uni-chat:drafts",
      JSON.stringify({ a: { text: 5 }, b: { text: "ok", at: 1 } }),
    );
    expect(loadDraft("a")).toBe("");
    expect(loadDraft("b")).toBe("ok");

    storage.current.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    expect(() => saveDraft("c", "text")).not.toThrow();
    vi.stubGlobal("window", {});
    expect(loadDraft("b")).toBe("");
    expect(() => saveDraft("c", "text")).not.toThrow();
    expect(() => clearDrafts()).not.toThrow();
  });
});

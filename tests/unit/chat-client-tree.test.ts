import { describe, expect, it } from "vitest";
import {
  buildTree,
  leafAfterDelete,
  newestLeaf,
  pathTo,
  resolveLeaf,
  siblingInfo,
  switchSibling,
  visiblePath,
} from "@/lib/chat/client/tree";

interface Node {
  id: string;
  parentId: string | null;
  createdAt: string;
}

const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 12, minute)).toISOString();
const node = (id: string, parentId: string | null, minute: number): Node => ({
  id,
  parentId,
  createdAt: at(minute),
});

/**
 * u1 ─ a1 ─ u2 ─ a2
 *    ├ a1b ─ u3 ─ a3      (a regenerated answer, then a follow-up)
 *    └ a1c                (regenerated again, newest, no follow-up)
 * u1e ─ a4                (the first message edited: a second root)
 */
const messages: Node[] = [
  node("u1", null, 0),
  node("a1", "u1", 1),
  node("u2", "a1", 2),
  node("a2", "u2", 3),
  node("a1b", "u1", 4),
  node("u3", "a1b", 5),
  node("a3", "u3", 6),
  node("a1c", "u1", 7),
  node("u1e", null, 8),
  node("a4", "u1e", 9),
];

const ids = (nodes: Node[]) => nodes.map((n) => n.id);

describe("buildTree", () => {
  it("lists children oldest first whatever order the messages came in", () => {
    const tree = buildTree([...messages].reverse());
    expect(tree.children.get(null)).toEqual(["u1", "u1e"]);
    expect(tree.children.get("u1")).toEqual(["a1", "a1b", "a1c"]);
  });

  it("breaks equal timestamps by id", () => {
    const tree = buildTree([node("b", null, 0), node("a", null, 0)]);
    expect(tree.children.get(null)).toEqual(["a", "b"]);
  });

  it("treats a message whose parent is missing as a root", () => {
    const tree = buildTree([node("x", "gone", 0)]);
    expect(tree.children.get(null)).toEqual(["x"]);
    expect(ids(visiblePath(tree, null))).toEqual(["x"]);
  });
});

describe("paths and leaves", () => {
  const tree = buildTree(messages);

  it("follows the newest child down to a leaf", () => {
    expect(newestLeaf(tree, "u1")).toBe("a1c");
    expect(newestLeaf(tree, "a1b")).toBe("a3");
    expect(newestLeaf(tree, "a2")).toBe("a2");
  });

  it("builds the root-to-leaf path", () => {
    expect(ids(pathTo(tree, "a3"))).toEqual(["u1", "a1b", "u3", "a3"]);
    expect(pathTo(tree, "nope")).toEqual([]);
  });

  it("shows the saved leaf, following newer replies below it", () => {
    expect(ids(visiblePath(tree, "a2"))).toEqual(["u1", "a1", "u2", "a2"]);
    expect(resolveLeaf(tree, "u3")).toBe("a3");
  });

  it("falls back to the newest branch when the saved leaf is unknown or absent", () => {
    expect(resolveLeaf(tree, null)).toBe("a4");
    expect(resolveLeaf(tree, "deleted")).toBe("a4");
    expect(visiblePath(buildTree([]), null)).toEqual([]);
  });

  it("survives a cycle in bad data", () => {
    const looped = buildTree([node("p", "q", 0), node("q", "p", 1)]);
    expect(pathTo(looped, "p").length).toBeLessThanOrEqual(2);
  });
});

describe("siblings", () => {
  const tree = buildTree(messages);

  it("gives the position among versions", () => {
    expect(siblingInfo(tree, "u1", "a1b")).toMatchObject({ index: 1, count: 3 });
    expect(siblingInfo(tree, null, "u1e")).toMatchObject({ index: 1, count: 2 });
    expect(siblingInfo(tree, "a1", "u2")).toMatchObject({ index: 0, count: 1 });
  });

  it("counts a message the tree does not hold yet as the newest version", () => {
    expect(siblingInfo(tree, "u1", "streaming")).toMatchObject({ index: 3, count: 4 });
    expect(siblingInfo(tree, "local-user-id", "streaming")).toMatchObject({ index: 0, count: 1 });
  });

  it("switches to the neighbour's newest leaf", () => {
    expect(switchSibling(tree, "a1", 1)).toBe("a3");
    expect(switchSibling(tree, "a1b", 1)).toBe("a1c");
    expect(switchSibling(tree, "a1c", -2)).toBe("a2");
    expect(switchSibling(tree, "u1e", -1)).toBe("a1c");
  });

  it("does not switch past either end", () => {
    expect(switchSibling(tree, "a1", -1)).toBeNull();
    expect(switchSibling(tree, "a1c", 1)).toBeNull();
    expect(switchSibling(tree, "unknown", 1)).toBeNull();
  });
});

describe("leafAfterDelete", () => {
  const tree = buildTree(messages);

  it("moves to the previous version, else the next one", () => {
    expect(leafAfterDelete(tree, "a1b")).toBe("a2");
    expect(leafAfterDelete(tree, "a1")).toBe("a3");
  });

  it("moves to the parent when no version is left", () => {
    expect(leafAfterDelete(tree, "u2")).toBe("a1");
    expect(leafAfterDelete(tree, "u3")).toBe("a1b");
  });

  it("has nowhere to go for a lone root", () => {
    expect(leafAfterDelete(buildTree([node("only", null, 0)]), "only")).toBeNull();
  });
});

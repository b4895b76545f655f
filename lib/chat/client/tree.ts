/**
 * The message tree as the thread sees it. The server sends every message of
 * a conversation, flat, each with its parent; edits and regenerations are
 * siblings. These pure functions pick the branch on show and the ‹ 2/3 ›
 * position of each message in it.
 */

interface TreeNode {
  id: string;
  parentId: string | null;
  createdAt: string;
}

export interface MessageTree<T extends TreeNode> {
  byId: ReadonlyMap<string, T>;
  /** Children of each parent (`null` for the roots), oldest first. */
  children: ReadonlyMap<string | null, readonly string[]>;
}

export interface SiblingInfo {
  /** 0-based position among its siblings, oldest first. */
  index: number;
  count: number;
  ids: readonly string[];
}

export function buildTree<T extends TreeNode>(messages: readonly T[]): MessageTree<T> {
  const byId = new Map<string, T>();
  for (const message of messages) byId.set(message.id, message);

  const children = new Map<string | null, T[]>();
  for (const message of byId.values()) {
    // A parent that is gone (deleted meanwhile) would orphan the branch; show it as a root.
    const parent =
      message.parentId !== null && byId.has(message.parentId) ? message.parentId : null;
    const list = children.get(parent);
    if (list) list.push(message);
    else children.set(parent, [message]);
  }

  const sorted = new Map<string | null, string[]>();
  for (const [parent, list] of children) {
    list.sort(compareByAge);
    sorted.set(
      parent,
      list.map((m) => m.id),
    );
  }
  return { byId, children: sorted };
}

function compareByAge(a: TreeNode, b: TreeNode): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  // Ids made by the database grow with time: a stable tie-break for equal timestamps.
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function childrenOf<T extends TreeNode>(tree: MessageTree<T>, id: string | null) {
  return tree.children.get(id) ?? [];
}

/** The leaf reached from `id` by always following the newest child: where a switch lands. */
export function newestLeaf<T extends TreeNode>(tree: MessageTree<T>, id: string): string {
  let current = id;
  const seen = new Set<string>();
  for (;;) {
    seen.add(current);
    const kids = childrenOf(tree, current);
    const next = kids[kids.length - 1];
    if (next === undefined || seen.has(next)) return current;
    current = next;
  }
}

/** Root-to-`leafId` path. An unknown leaf yields an empty path. */
export function pathTo<T extends TreeNode>(tree: MessageTree<T>, leafId: string): T[] {
  const path: T[] = [];
  const seen = new Set<string>();
  let current = tree.byId.get(leafId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    path.push(current);
    current = current.parentId === null ? undefined : tree.byId.get(current.parentId);
  }
  return path.reverse();
}

/**
 * The leaf to show: the saved one when it still exists (following newer
 * replies below it), otherwise the newest leaf of the newest root.
 */
export function resolveLeaf<T extends TreeNode>(
  tree: MessageTree<T>,
  preferred: string | null | undefined,
): string | null {
  if (preferred && tree.byId.has(preferred)) return newestLeaf(tree, preferred);
  const roots = childrenOf(tree, null);
  const newestRoot = roots[roots.length - 1];
  return newestRoot === undefined ? null : newestLeaf(tree, newestRoot);
}

export function visiblePath<T extends TreeNode>(
  tree: MessageTree<T>,
  preferredLeaf: string | null | undefined,
): T[] {
  const leaf = resolveLeaf(tree, preferredLeaf);
  return leaf === null ? [] : pathTo(tree, leaf);
}

/**
 * Where message `id` sits among the children of `parentId`. A message the
 * tree does not hold yet (a reply still streaming) counts as the newest.
 */
export function siblingInfo<T extends TreeNode>(
  tree: MessageTree<T>,
  parentId: string | null,
  id: string,
): SiblingInfo {
  const parentKnown = parentId !== null && tree.byId.has(parentId);
  // Under a parent the tree does not hold (a message still being sent) it has no versions.
  if (parentId !== null && !parentKnown && !tree.byId.has(id))
    return { index: 0, count: 1, ids: [id] };
  const known = childrenOf(tree, parentKnown ? parentId : null);
  const ids = known.includes(id) ? known : [...known, id];
  return { index: ids.indexOf(id), count: ids.length, ids };
}

/** The leaf to show after stepping `delta` versions from message `id` (‹ or ›). */
export function switchSibling<T extends TreeNode>(
  tree: MessageTree<T>,
  id: string,
  delta: number,
): string | null {
  const message = tree.byId.get(id);
  if (!message) return null;
  const { index, ids } = siblingInfo(tree, message.parentId, id);
  const target = ids[index + delta];
  return target === undefined ? null : newestLeaf(tree, target);
}

/**
 * The leaf to show once `id` and its replies are deleted: a remaining
 * sibling's newest leaf (the previous one first, as ChatGPT does), or
 * else the parent.
 */
export function leafAfterDelete<T extends TreeNode>(
  tree: MessageTree<T>,
  id: string,
): string | null {
  const message = tree.byId.get(id);
  if (!message) return null;
  const { index, ids } = siblingInfo(tree, message.parentId, id);
  const sibling = ids[index - 1] ?? ids[index + 1];
  if (sibling !== undefined) return newestLeaf(tree, sibling);
  return message.parentId !== null && tree.byId.has(message.parentId) ? message.parentId : null;
}

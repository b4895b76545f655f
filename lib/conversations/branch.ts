import type { Types } from "mongoose";
import type { MessageDoc } from "@/models/message";

/**
 * The branch on show, root first: from `leafId` up through its parents. With
 * no (or an unknown) leaf it is the newest leaf's branch. `messages` must be
 * oldest first.
 */
export function branchOnShow(messages: MessageDoc[], leafId: Types.ObjectId | null): MessageDoc[] {
  const byId = new Map(messages.map((message) => [message._id.toString(), message]));
  let leaf = leafId ? byId.get(leafId.toString()) : undefined;
  if (!leaf) {
    const parents = new Set(messages.map((message) => message.parent_id?.toString()));
    leaf = messages.filter((message) => !parents.has(message._id.toString())).at(-1);
  }
  const branch: MessageDoc[] = [];
  const seen = new Set<string>();
  // `seen` guards against a damaged tree whose parents loop.
  for (let node = leaf; node && !seen.has(node._id.toString()); ) {
    seen.add(node._id.toString());
    branch.push(node);
    node = node.parent_id ? byId.get(node.parent_id.toString()) : undefined;
  }
  return branch.reverse();
}

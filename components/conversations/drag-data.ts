import type { DataRef } from "@dnd-kit/core";
import type { ConversationListItem } from "./data";

/** What a folder (or the "no folder" list) tells the drag layer about itself. */
interface DropTargetData {
  folderId: string | null;
  label: string;
}

export function dragConversation(data: DataRef): ConversationListItem | undefined {
  return (data.current as { conversation?: ConversationListItem } | undefined)?.conversation;
}

export function dropTarget(data: DataRef | undefined): DropTargetData | undefined {
  return data?.current as DropTargetData | undefined;
}

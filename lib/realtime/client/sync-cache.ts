import type { QueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { LiveEvent } from "../shared/events";

/** Refetches what an event from another tab, device or the server changed. */
export function syncCache(qc: QueryClient, event: LiveEvent): void {
  const keys = keysChangedBy(event);
  for (const queryKey of keys) void qc.invalidateQueries({ queryKey });
}

/** After a gap the channel may not cover, what events keep fresh is read again. */
export function syncAll(qc: QueryClient): void {
  for (const queryKey of [
    queryKeys.conversations.all(),
    queryKeys.folders(),
    queryKeys.images.lists(),
    queryKeys.images.jobs(),
    queryKeys.arena.all(),
    queryKeys.myUsage(),
  ]) {
    void qc.invalidateQueries({ queryKey });
  }
}

function keysChangedBy(event: LiveEvent): ReadonlyArray<readonly unknown[]> {
  switch (event.type) {
    case "conversation.updated":
    case "conversation.deleted":
      return [
        queryKeys.conversations.lists(),
        queryKeys.conversations.searches(),
        // The open conversation's header shows its title. Its thread puts off
        // reading it while an answer streams in, to read it once at the end.
        queryKeys.conversations.detail(event.data.conversationId),
        // A conversation's folder and archive state are counted on the folders.
        queryKeys.folders(),
      ];
    case "message.started":
      // Read again at its end: reading the conversation now would find the
      // answer streaming and follow it a second time in the tab that sent it.
      return [];
    case "message.finished":
      return [
        queryKeys.conversations.lists(),
        queryKeys.conversations.searches(),
        queryKeys.conversations.detail(event.data.conversationId),
        queryKeys.myUsage(),
      ];
    case "image.started":
      return [queryKeys.images.jobs()];
    case "image.finished":
      return [queryKeys.images.jobs(), queryKeys.images.lists(), queryKeys.myUsage()];
    case "arena.finished":
      return [
        queryKeys.arena.sessions(),
        queryKeys.arena.session(event.data.sessionId),
        queryKeys.myUsage(),
      ];
    case "account.signed_out":
      return [];
  }
}

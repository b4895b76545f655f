"use client";

import { useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from "react";
import { clearDrafts } from "@/lib/chat/client/saved-drafts";
import { connectLiveEvents, onSessionRenewed } from "@/lib/realtime/client/live-events";
import { signInPageFor } from "@/lib/realtime/client/sign-in-page";
import { syncAll, syncCache } from "@/lib/realtime/client/sync-cache";
import type { LiveEvent } from "@/lib/realtime/shared/events";

type Listener = (event: LiveEvent) => void;

const ListenersContext = createContext<Set<Listener> | null>(null);

/**
 * The tab's events channel: what another tab, device or the server changed
 * is read again (the sidebar follows a rename made elsewhere), and a
 * session ended elsewhere (a ban, a sign-out, a password change) ends this
 * tab at once on the sign-in page, saying why.
 */
export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [listeners] = useState(() => new Set<Listener>());
  // Bumped when this tab signs in again, which reopens the connection under the new session.
  const [session, setSession] = useState(0);
  useEffect(() => onSessionRenewed(() => setSession((count) => count + 1)), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new session is a reason to reconnect.
  useEffect(
    () =>
      connectLiveEvents({
        onEvent(event) {
          syncCache(queryClient, event);
          for (const listener of listeners) listener(event);
        },
        onOpen: () => syncAll(queryClient),
        onSignedOut(reason) {
          // Unsent text is the signed-in person's: the next one at this browser must not find it.
          clearDrafts();
          // A full load, so nothing of the account stays in this tab's memory.
          window.location.assign(signInPageFor(reason));
        },
      }),
    [queryClient, listeners, session],
  );

  return <ListenersContext.Provider value={listeners}>{children}</ListenersContext.Provider>;
}

/** Calls `listener` with each event the tab receives. */
export function useLiveEvents(listener: Listener): void {
  const listeners = useContext(ListenersContext);
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => {
    if (!listeners) return;
    const forward: Listener = (event) => latest.current(event);
    listeners.add(forward);
    return () => {
      listeners.delete(forward);
    };
  }, [listeners]);
}

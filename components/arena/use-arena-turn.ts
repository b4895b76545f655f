"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { stopArenaAction } from "@/app/(app)/arena/actions";
import type { Failure } from "@/components/common/failure-notice";
import { errorMessage, useServerAction } from "@/components/common/server-action";
import { toast } from "@/components/common/toast";
import { createFrameBatcher } from "@/lib/arena/client/frame-batcher";
import {
  applyArenaEvents,
  freezePanels,
  type LiveTurn,
  startLiveTurn,
} from "@/lib/arena/client/live-turn";
import { StreamCutError } from "@/lib/arena/client/read-arena-stream";
import { resumeArenaTurn, streamArenaTurn } from "@/lib/arena/client/stream-turn";
import type { ArenaStreamEvent } from "@/lib/arena/dto";

// How long Stop all waits for the server to end the stream before no longer listening.
const STOP_GRACE_MS = 5000;

interface StopState {
  all: boolean;
  panels: readonly number[];
}

const NOT_STOPPING: StopState = { all: false, panels: [] };

interface ArenaTurnOptions {
  sessionId: string;
  panelCount: number;
  /** The last turn when the page opens with panels still answering it: followed from its start. */
  unfinished: { id: string; content: string } | null;
  /** Reads the saved session again; false when that failed. */
  refresh: () => Promise<boolean>;
  /** A prompt the server refused goes back to the box, unless something new is there. */
  onDraftReturned: (text: string) => void;
  /** A retried prompt leaves the box if it is still there. */
  onDraftResent: (text: string) => void;
  onFinished: () => void;
}

function newClientId(): string {
  return (
    crypto.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

/**
 * Sends a prompt to every panel and follows the shared stream: text is
 * applied once per frame, the saved session is read again at the end, and a
 * refusal or a lost connection becomes a failure to act on.
 */
export function useArenaTurn(options: ArenaTurnOptions) {
  const t = useTranslations("arena.turn");
  const { sessionId, panelCount } = options;
  const [live, setLive] = useState<LiveTurn | null>(null);
  const [streaming, setStreaming] = useState(false);
  // From sending until the saved session is read again: no second prompt meanwhile.
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [stopping, setStopping] = useState<StopState>(NOT_STOPPING);
  const latest = useRef(options);
  latest.current = options;
  const controller = useRef<AbortController | null>(null);
  const turnId = useRef<string | null>(null);
  const stopWanted = useRef(false);
  const gaveUp = useRef(false);
  // What is on screen, and each panel's length of it when Stop was last pressed.
  const onScreen = useRef(live);
  onScreen.current = live;
  const shownAtStop = useRef<number[]>([]);

  const [batcher] = useState(() =>
    createFrameBatcher<ArenaStreamEvent>((events) =>
      setLive((turn) => (turn ? applyArenaEvents(turn, events) : turn)),
    ),
  );
  useEffect(
    () => () => {
      // Leaving the page stops listening; the server still finishes and saves.
      controller.current?.abort();
      batcher.cancel();
    },
    [batcher],
  );

  /** Freezes the panel (or all) as shown and says how much of each panel is shown. */
  const freeze = useCallback((panel?: number) => {
    const shown = onScreen.current?.panels.map((live) => live.text.length) ?? [];
    shownAtStop.current = shown;
    setLive((current) => (current ? freezePanels(current, shown, panel) : current));
  }, []);

  const { mutate: postStop } = useServerAction(
    (panel: number | undefined) => {
      const shown = shownAtStop.current;
      return stopArenaAction(sessionId, panel === undefined ? { shown } : { panel, shown });
    },
    {
      onError: (error) => toast.error(t("stopFailed"), { description: errorMessage(error) }),
    },
  );

  const refreshAfter = useCallback(async (): Promise<void> => {
    if (await latest.current.refresh()) setLive(null);
  }, []);

  const run = useCallback(
    async (
      content: string,
      clientId: string,
      follow: (
        signal: AbortSignal,
        onEvent: (event: ArenaStreamEvent) => void,
      ) => Promise<boolean> = async (signal, onEvent) => {
        await streamArenaTurn({ sessionId, content, clientId, signal, onEvent });
        return true;
      },
    ) => {
      const abort = new AbortController();
      controller.current = abort;
      turnId.current = null;
      stopWanted.current = false;
      gaveUp.current = false;
      setFailure(null);
      setStopping(NOT_STOPPING);
      setBusy(true);
      setStreaming(true);
      setLive(startLiveTurn(content, clientId, panelCount));
      try {
        const followed = await follow(abort.signal, (event) => {
          if (event.type === "turn") {
            turnId.current = event.turnId;
            if (stopWanted.current) postStop(undefined);
          }
          batcher.push(event);
        });
        batcher.flushNow();
        setStreaming(false);
        if (followed) latest.current.onFinished();
        await refreshAfter();
      } catch (error) {
        if (abort.signal.aborted && !gaveUp.current) return;
        batcher.flushNow();
        setStreaming(false);
        if (gaveUp.current) {
          await refreshAfter();
        } else if (error instanceof StreamCutError) {
          setFailure({
            message: t("cut"),
            action: { label: t("refresh"), run: () => void refreshAfter() },
          });
          await refreshAfter();
        } else {
          // Refused before anything was saved: nothing to show, the prompt goes back.
          setLive(null);
          latest.current.onDraftReturned(content);
          setFailure({
            message: errorMessage(error),
            action: {
              label: t("retry"),
              run: () => {
                latest.current.onDraftResent(content);
                void run(content, clientId);
              },
            },
          });
        }
      } finally {
        if (controller.current === abort) {
          controller.current = null;
          setBusy(false);
        }
      }
    },
    [sessionId, panelCount, batcher, postStop, refreshAfter, t],
  );

  // Opened while the last turn is still being answered (a reload, another device): follow it.
  const [unfinished] = useState(options.unfinished);
  useEffect(() => {
    if (!unfinished) return;
    void run(unfinished.content, unfinished.id, (signal, onEvent) =>
      resumeArenaTurn({ sessionId, turnId: unfinished.id, signal, onEvent }),
    );
  }, [unfinished, run, sessionId]);

  const send = useCallback(
    (content: string) => {
      if (controller.current) return false;
      void run(content, newClientId());
      return true;
    },
    [run],
  );

  const stopAll = useCallback(() => {
    const abort = controller.current;
    if (!abort || stopWanted.current) return;
    stopWanted.current = true;
    freeze();
    setStopping((state) => ({ ...state, all: true }));
    if (turnId.current) postStop(undefined);
    setTimeout(() => {
      if (controller.current !== abort) return;
      gaveUp.current = true;
      abort.abort();
    }, STOP_GRACE_MS);
  }, [postStop, freeze]);

  const stopPanel = useCallback(
    (panel: number) => {
      if (!controller.current) return;
      freeze(panel);
      setStopping((state) => ({ ...state, panels: [...state.panels, panel] }));
      postStop(panel);
    },
    [postStop, freeze],
  );

  return {
    live,
    streaming,
    busy,
    stopping,
    failure,
    dismissFailure: () => setFailure(null),
    send,
    stopAll,
    stopPanel,
  };
}

"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { FailureNotice } from "@/components/common/failure-notice";
import { TooltipProvider } from "@/components/common/icon-action";
import { useEscapeToStop } from "@/components/common/use-escape-to-stop";
import { useFocusOnLoad } from "@/components/common/use-focus-on-load";
import { panelHistory, turnAwaitingVote, unfinishedTurn } from "@/lib/arena/client/session-view";
import { type VoteChoice, voteChoiceOf } from "@/lib/arena/client/vote-choices";
import type { ArenaSessionDto, ArenaVoteDto } from "@/lib/arena/dto";
import { ArenaHeader } from "./arena-header";
import { ArenaInput } from "./arena-input";
import { ArenaPanel } from "./arena-panel";
import { useArenaSession, useContinuePanel, useVote } from "./data";
import { PanelGrid } from "./panel-grid";
import { PanelHeader } from "./panel-header";
import { RevealBanner } from "./reveal-banner";
import { usePanelTitle, useVoteLabel } from "./use-arena-names";
import { useArenaTurn } from "./use-arena-turn";
import { VoteBar } from "./vote-bar";

const panelId = (index: number) => `arena-panel-${index}`;

/** A comparison: its panels, the one box that asks them all, and the vote. */
export function ArenaView({ initial }: { initial: ArenaSessionDto }) {
  const t = useTranslations("arena");
  const panelTitle = usePanelTitle();
  const voteLabel = useVoteLabel();
  const { session, refresh } = useArenaSession(initial);
  const [draft, setDraft] = useState("");
  const [announcement, setAnnouncement] = useState("");
  // The vote that just showed the names: a banner says who was who until dismissed.
  const [revealedBy, setRevealedBy] = useState<ArenaVoteDto | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  useFocusOnLoad(textareaRef);

  const turn = useArenaTurn({
    sessionId: session.id,
    panelCount: session.panels.length,
    unfinished: unfinishedTurn(initial),
    refresh,
    onDraftReturned: (text) => setDraft((current) => (current.trim() ? current : text)),
    onDraftResent: (text) => setDraft((current) => (current === text ? "" : current)),
    onFinished: () => setAnnouncement(t("turn.finished")),
  });
  const vote = useVote(session.id);
  const continuePanel = useContinuePanel(session.id);

  const { streaming, stopAll, live } = turn;
  useEscapeToStop(streaming, stopAll);

  useEffect(() => {
    document.title = `${session.title} · Uni-Chat`;
  }, [session.title]);

  const submit = () => {
    const text = draft.trim();
    if (!text || !turn.send(text)) return;
    setDraft("");
    setRevealedBy(null);
    textareaRef.current?.focus();
  };

  const hidden = session.blind && !session.revealed;
  const awaiting = streaming || live ? null : turnAwaitingVote(session);
  const lastVote = session.turns.at(-1)?.vote ?? null;

  const castVote = (choice: VoteChoice) => {
    if (!awaiting) return;
    vote.mutate(
      { turnId: awaiting.id, choice },
      {
        onSuccess: (saved) => {
          if (!hidden) {
            setAnnouncement(t("vote.saved", { choice: voteLabel(choice) }));
            return;
          }
          setRevealedBy(saved.turns.find((turn) => turn.id === awaiting.id)?.vote ?? choice);
          const names = saved.panels.map((p) =>
            t("vote.was", { letter: p.label, title: panelTitle(p) }),
          );
          setAnnouncement(
            t("vote.revealed", { choice: voteLabel(choice), names: names.join(", ") }),
          );
        },
      },
    );
  };

  const running = useCallback(
    (index: number) => streaming && live?.panels[index]?.status !== "done",
    [streaming, live],
  );

  return (
    <TooltipProvider delayDuration={400}>
      <div className="flex h-[calc(100dvh-3.5rem)] flex-col">
        <ArenaHeader session={session} />
        <PanelGrid panels={session.panels} panelId={panelId} running={running}>
          {session.panels.map((panel) => {
            const headingId = `${panelId(panel.index)}-title`;
            const answered = session.turns.some((turn) =>
              turn.replies.some((reply) => reply.panel === panel.index),
            );
            return (
              <ArenaPanel
                key={panel.index}
                id={panelId(panel.index)}
                headingId={headingId}
                panel={panel.index}
                entries={panelHistory(session, panel.index, live)}
                streaming={streaming}
                header={
                  <PanelHeader
                    panel={panel}
                    headingId={headingId}
                    justRevealed={revealedBy !== null}
                    running={running(panel.index)}
                    stopping={turn.stopping.all || turn.stopping.panels.includes(panel.index)}
                    onStop={() => turn.stopPanel(panel.index)}
                    // Continuing a hidden panel in a chat would show its model before the vote.
                    onContinue={
                      answered && !hidden && !streaming
                        ? () => continuePanel.mutate(panel.index)
                        : null
                    }
                    continuing={continuePanel.isPending && continuePanel.variables === panel.index}
                  />
                }
              />
            );
          })}
        </PanelGrid>
        <div className="mx-auto w-full max-w-3xl shrink-0 px-3 pb-3 sm:px-6 sm:pb-4">
          {turn.failure ? (
            <FailureNotice failure={turn.failure} onDismiss={turn.dismissFailure} />
          ) : null}
          {revealedBy ? (
            <RevealBanner
              panels={session.panels}
              vote={revealedBy}
              onDismiss={() => setRevealedBy(null)}
            />
          ) : awaiting ? (
            <VoteBar
              panels={session.panels}
              hidden={hidden}
              pending={vote.isPending}
              onVote={castVote}
            />
          ) : lastVote && !streaming && !live ? (
            <p className="mb-2 text-center text-xs text-muted-foreground">
              {t("vote.lastVote", { choice: voteLabel(voteChoiceOf(lastVote, session.panels)) })}
            </p>
          ) : null}
          <ArenaInput
            value={draft}
            onChange={setDraft}
            onSubmit={submit}
            onStopAll={stopAll}
            streaming={streaming}
            blocked={turn.busy}
            stopping={turn.stopping.all}
            panelCount={session.panels.length}
            textareaRef={textareaRef}
          />
        </div>
        <div role="status" aria-live="polite" className="sr-only">
          {announcement}
        </div>
      </div>
    </TooltipProvider>
  );
}

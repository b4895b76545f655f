import type { ArenaReplyDto, ArenaStreamEvent } from "@/lib/arena/dto";

export interface LivePanel {
  /** waiting: asked, nothing yet; streaming: text arriving; done: saved (see `reply`). */
  status: "waiting" | "streaming" | "done";
  text: string;
  reply: ArenaReplyDto | null;
  /** Stop was pressed: the text stays as it was on screen, which is what the server keeps. */
  frozen: boolean;
}

/** The prompt being answered right now, before the saved session has it. */
export interface LiveTurn {
  /** The browser's id for the prompt: a retry sends it again so it is stored once. */
  clientId: string;
  /** The saved prompt's id, once the server names it. */
  turnId: string | null;
  content: string;
  panels: LivePanel[];
}

export function startLiveTurn(content: string, clientId: string, panelCount: number): LiveTurn {
  return {
    clientId,
    turnId: null,
    content,
    panels: Array.from({ length: panelCount }, () => ({
      status: "waiting",
      text: "",
      reply: null,
      frozen: false,
    })),
  };
}

/** The turn after one event; events for a panel that does not exist change nothing. */
function applyArenaEvent(turn: LiveTurn, event: ArenaStreamEvent): LiveTurn {
  switch (event.type) {
    case "turn":
      return { ...turn, turnId: event.turnId };
    case "panel-start":
      return updatePanel(turn, event.panel, (panel) =>
        panel.status === "waiting" ? { ...panel, status: "streaming" } : panel,
      );
    case "text-delta":
      return updatePanel(turn, event.panel, (panel) =>
        panel.status === "done" || panel.frozen
          ? panel
          : { ...panel, status: "streaming", text: panel.text + event.delta },
      );
    case "panel-finish":
      return updatePanel(turn, event.panel, (panel) => ({
        ...panel,
        status: "done",
        text: event.reply.content,
        reply: event.reply,
      }));
  }
}

export function applyArenaEvents(turn: LiveTurn, events: readonly ArenaStreamEvent[]): LiveTurn {
  return events.reduce(applyArenaEvent, turn);
}

/**
 * The turn with one panel, or every one, frozen at the text on screen:
 * `shown` characters of each, by panel (see LivePanel.frozen).
 */
export function freezePanels(turn: LiveTurn, shown: readonly number[], panel?: number): LiveTurn {
  return {
    ...turn,
    panels: turn.panels.map((live, index) =>
      panel === undefined || index === panel
        ? { ...live, frozen: true, text: live.text.slice(0, shown[index] ?? live.text.length) }
        : live,
    ),
  };
}

function updatePanel(
  turn: LiveTurn,
  index: number,
  change: (panel: LivePanel) => LivePanel,
): LiveTurn {
  const panel = turn.panels[index];
  if (!panel) return turn;
  const next = change(panel);
  if (next === panel) return turn;
  const panels = [...turn.panels];
  panels[index] = next;
  return { ...turn, panels };
}

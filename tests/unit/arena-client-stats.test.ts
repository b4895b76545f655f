import { describe, expect, it } from "vitest";
import {
  formatInterval,
  formatWinRate,
  statisticalRanks,
} from "@/lib/arena/client/leaderboard-rank";
import { startLiveTurn } from "@/lib/arena/client/live-turn";
import { formatTokensPerSecond, panelStats, tokensPerSecond } from "@/lib/arena/client/panel-stats";
import { panelHistory, turnAwaitingVote } from "@/lib/arena/client/session-view";
import { voteChoiceOf, voteChoices } from "@/lib/arena/client/vote-choices";
import type { ArenaReplyMetadataDto, ArenaSessionDto, ArenaTurnDto } from "@/lib/arena/dto";
import { ENGLISH, formatters } from "@/lib/i18n/format";

function metadata(overrides: Partial<ArenaReplyMetadataDto> = {}): ArenaReplyMetadataDto {
  return {
    modelId: null,
    promptTokens: 1200,
    completionTokens: 100,
    costUsd: 0.0042,
    generationTimeMs: 2500,
    firstTokenMs: 500,
    finishReason: "stop",
    contextDropped: 0,
    ...overrides,
  };
}

describe("tokensPerSecond", () => {
  it("divides the output by the time after the first token", () => {
    // 100 tokens in the 2 s after the first one arrived.
    expect(tokensPerSecond(metadata())).toBe(50);
    expect(tokensPerSecond(metadata({ completionTokens: 7, generationTimeMs: 1500 }))).toBe(7);
  });

  it("has no speed without timings, tokens or streaming time", () => {
    expect(tokensPerSecond(metadata({ generationTimeMs: null }))).toBeNull();
    expect(tokensPerSecond(metadata({ firstTokenMs: null }))).toBeNull();
    expect(tokensPerSecond(metadata({ completionTokens: 0 }))).toBeNull();
    expect(tokensPerSecond(metadata({ generationTimeMs: 500 }))).toBeNull();
    expect(tokensPerSecond(metadata({ generationTimeMs: 400 }))).toBeNull();
  });
});

describe("formatTokensPerSecond", () => {
  it("keeps one decimal below ten and none above", () => {
    expect(formatTokensPerSecond(8.44, ENGLISH)).toBe("8.4 tok/s");
    expect(formatTokensPerSecond(3, ENGLISH)).toBe("3 tok/s");
    expect(formatTokensPerSecond(42.6, ENGLISH)).toBe("43 tok/s");
    expect(formatTokensPerSecond(1234, ENGLISH)).toBe("1.2k tok/s");
  });

  it("writes decimals the reader's way", () => {
    const german = formatters("de", { free: "kostenlos", never: "Nie", unlimited: "Unbegrenzt" });
    expect(formatTokensPerSecond(8.44, german)).toBe("8,4 tok/s");
    expect(formatTokensPerSecond(1234, german)).toBe("1,2k tok/s");
  });
});

describe("panelStats", () => {
  it("lists time to first token, speed, tokens and cost", () => {
    expect(panelStats(metadata(), ENGLISH).map((stat) => [stat.key, stat.value])).toEqual([
      ["firstToken", "500 ms"],
      ["speed", "50 tok/s"],
      ["tokens", "1.2k → 100"],
      ["cost", "$0.0042"],
    ]);
  });

  it("leaves out what was not measured", () => {
    const stats = panelStats(metadata({ firstTokenMs: null, costUsd: 0 }), ENGLISH);
    expect(stats.map((stat) => stat.key)).toEqual(["tokens", "cost"]);
    expect(stats.at(-1)?.value).toBe("$0");
  });

  it("shows no cost or pace while a blind session hides them", () => {
    const stats = panelStats(
      metadata({ costUsd: null, firstTokenMs: null, generationTimeMs: null }),
      ENGLISH,
    );
    expect(stats.map((stat) => stat.key)).toEqual(["tokens"]);
  });
});

const letters = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ index, label: "ABCD"[index] ?? "?" }));

describe("voteChoices", () => {
  it("offers better, tie and both bad for two panels", () => {
    expect(voteChoices(letters(2)).map((choice) => [choice.words, choice.letter])).toEqual([
      ["better", "A"],
      ["better", "B"],
      ["tie", null],
      ["bothBad", null],
    ]);
  });

  it("offers best, tie and all bad for more panels", () => {
    const choices = voteChoices(letters(3));
    expect(choices.map((choice) => [choice.words, choice.letter])).toEqual([
      ["best", "A"],
      ["best", "B"],
      ["best", "C"],
      ["tie", null],
      ["allBad", null],
    ]);
    expect(choices[1]).toMatchObject({ outcome: "win", winnerIndex: 1 });
    expect(choices[4]).toMatchObject({ outcome: "both_bad", winnerIndex: null });
  });

  it("finds the button that cast a vote", () => {
    expect(voteChoiceOf({ outcome: "win", winnerIndex: 1 }, letters(4))).toMatchObject({
      words: "best",
      letter: "B",
    });
    expect(voteChoiceOf({ outcome: "tie", winnerIndex: null }, letters(2))?.words).toBe("tie");
    expect(voteChoiceOf({ outcome: "both_bad", winnerIndex: null }, letters(2))?.words).toBe(
      "bothBad",
    );
    expect(voteChoiceOf({ outcome: "win", winnerIndex: 7 }, letters(2))).toBeNull();
  });
});

describe("leaderboard figures", () => {
  it("shares a rank until an entry's interval is wholly above another's", () => {
    const ranks = statisticalRanks([
      { ciLow: 1100, ciHigh: 1200 },
      { ciLow: 1050, ciHigh: 1150 },
      { ciLow: 900, ciHigh: 1000 },
      { ciLow: 800, ciHigh: 1060 },
    ]);
    // The third is below both leaders' intervals; the fourth only below the first's.
    expect(ranks).toEqual([1, 1, 3, 2]);
  });

  it("formats the interval around the rating and the win rate", () => {
    expect(formatInterval({ rating: 1012.4, ciLow: 990.1, ciHigh: 1031.9 })).toBe("+20 / −22");
    expect(formatWinRate(0.625, "en")).toBe("62.5%");
    expect(formatWinRate(1, "en")).toBe("100%");
    expect(formatWinRate(0.625, "de")).toBe("62,5\u00a0%");
    expect(formatWinRate(Number.NaN, "en")).toBe("—");
  });
});

function turn(id: string, panels: number[], voted = false): ArenaTurnDto {
  return {
    id,
    content: `prompt ${id}`,
    createdAt: "2025-01-01T00:00:00.000Z",
    replies: panels.map((panel) => ({
      id: `${id}-${panel}`,
      panel,
      content: `answer ${id} ${panel}`,
      status: "complete",
      isError: false,
      errorMessage: null,
      metadata: metadata(),
      createdAt: "2025-01-01T00:00:00.000Z",
    })),
    vote: voted ? { outcome: "tie", winnerIndex: null } : null,
  };
}

function session(turns: ArenaTurnDto[]): ArenaSessionDto {
  return {
    id: "s1",
    title: "Test",
    panelCount: 2,
    blind: true,
    revealed: false,
    turnCount: turns.length,
    createdAt: "2025-01-01T00:00:00.000Z",
    updatedAt: "2025-01-01T00:00:00.000Z",
    panels: [0, 1].map((index) => ({
      index,
      label: "AB"[index] ?? "?",
      name: null,
      modelId: null,
      configId: null,
      avatar: null,
    })),
    turns,
  };
}

describe("panelHistory", () => {
  it("pairs every prompt with this panel's reply, then the live turn", () => {
    const live = { ...startLiveTurn("new prompt", "c1", 2), turnId: "t3" };
    const history = panelHistory(session([turn("t1", [0, 1]), turn("t2", [0])]), 1, live);
    expect(history.map((entry) => [entry.prompt, entry.reply?.content ?? null])).toEqual([
      ["prompt t1", "answer t1 1"],
      ["prompt t2", null],
      ["new prompt", null],
    ]);
    expect(history[2]?.live?.status).toBe("waiting");
  });

  it("shows the live turn in place of its saved copy", () => {
    const live = { ...startLiveTurn("prompt t2", "c1", 2), turnId: "t2" };
    const history = panelHistory(session([turn("t1", [0, 1]), turn("t2", [])]), 0, live);
    expect(history.map((entry) => entry.key)).toEqual(["t1", "c1"]);
    expect(history[1]?.live).not.toBeNull();
  });

  it("says once, on the panel's first answer that left messages out, how many were not sent", () => {
    const dropped = (t: ArenaTurnDto, count: number): ArenaTurnDto => ({
      ...t,
      replies: t.replies.map((reply) =>
        reply.panel === 0 ? { ...reply, metadata: metadata({ contextDropped: count }) } : reply,
      ),
    });
    const turns = [
      turn("t1", [0, 1]),
      dropped(turn("t2", [0, 1]), 2),
      dropped(turn("t3", [0, 1]), 4),
    ];
    expect(panelHistory(session(turns), 0, null).map((entry) => entry.contextNotice)).toEqual([
      0, 2, 0,
    ]);
    expect(panelHistory(session(turns), 1, null).map((entry) => entry.contextNotice)).toEqual([
      0, 0, 0,
    ]);
  });
});

describe("turnAwaitingVote", () => {
  it("is the last turn once every panel answered and nobody voted", () => {
    expect(turnAwaitingVote(session([]))).toBeNull();
    expect(turnAwaitingVote(session([turn("t1", [0])]))).toBeNull();
    expect(turnAwaitingVote(session([turn("t1", [0, 1])]))?.id).toBe("t1");
    expect(turnAwaitingVote(session([turn("t1", [0, 1], true)]))).toBeNull();
  });
});

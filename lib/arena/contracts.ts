import {
  continueArenaSchema,
  createArenaSchema,
  leaderboardSchema,
  listArenaSchema,
  renameArenaSchema,
  sendArenaSchema,
  stopArenaSchema,
  voteArenaSchema,
} from "@/lib/arena/schemas";
import { creates, NO_CONTENT, tagged } from "@/lib/http/contract";

const arena = tagged("Arena");

export const arenaContracts = {
  list: arena("get", "/api/arena/sessions", "The caller's arena sessions", {
    query: listArenaSchema,
  }),
  create: arena(
    "post",
    "/api/arena/sessions",
    "Start a comparison of two to four models",
    creates(createArenaSchema),
  ),
  get: arena("get", "/api/arena/sessions/{id}", "An arena session with its messages"),
  rename: arena("patch", "/api/arena/sessions/{id}", "Rename an arena session", {
    body: renameArenaSchema,
  }),
  remove: arena("delete", "/api/arena/sessions/{id}", "Delete an arena session", NO_CONTENT),
  send: arena(
    "post",
    "/api/arena/sessions/{id}/messages",
    "Send a prompt to every panel; the answers stream as SSE events. The same clientId (or Idempotency-Key header) again is answered once",
    { body: sendArenaSchema, answer: "sse" },
  ),
  follow: arena(
    "get",
    "/api/arena/sessions/{id}/messages/{turnId}/stream",
    "A running turn's events, replayed from the start and followed live; 204 once every panel ended",
    { answer: "sse" },
  ),
  stop: arena("post", "/api/arena/sessions/{id}/stop", "Stop the panels' answers", {
    body: stopArenaSchema,
  }),
  vote: arena(
    "post",
    "/api/arena/sessions/{id}/votes",
    "Vote for the best answer; reveals the models",
    creates(voteArenaSchema),
  ),
  continue: arena(
    "post",
    "/api/arena/sessions/{id}/continue",
    "Continue one panel as a normal conversation",
    creates(continueArenaSchema),
  ),
  leaderboard: arena("get", "/api/arena/leaderboard", "Model rankings from votes", {
    query: leaderboardSchema,
  }),
};

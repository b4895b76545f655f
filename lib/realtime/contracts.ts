import { tagged } from "@/lib/http/contract";

export const eventContracts = {
  follow: tagged("Account")(
    "get",
    "/api/events",
    "The signed-in tab's events (SSE, session only): `id:`, `event:` (conversation.updated, conversation.deleted, message.started, message.finished, image.started, image.finished, arena.finished, account.signed_out) and `data:` with the ids concerned; a heartbeat comment every 15 s; `Last-Event-ID` replays the last few minutes. account.signed_out (with a `reason`) ends the stream.",
    { access: "session", answer: "sse" },
  ),
};

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
import {
  createConfigSchema,
  galleryQuerySchema,
  previewConfigSchema,
  updateConfigSchema,
} from "@/lib/configs/schemas";
import {
  fileQuerySchema,
  generateImageSchema,
  listImagesSchema,
  updateImageSchema,
} from "@/lib/images/schemas";
import {
  createTemplateSchema,
  listCategoriesSchema,
  listTemplatesSchema,
  setTemplateActiveSchema,
  updateTemplateSchema,
  useTemplateSchema,
} from "@/lib/templates/schemas";
import type { Operation } from "../operation";

type Entry = [Operation["method"], string, string, Omit<Operation, "method" | "path" | "summary">];

/** A compact table: method, path, summary, then the rest. */
function table(rows: Entry[]): Operation[] {
  return rows.map(([method, path, summary, rest]) => ({ method, path, summary, ...rest }));
}

type Details = Partial<Omit<Operation, "method" | "path" | "summary">>;

const gone: Details = { answer: "empty", status: 204 };
const tagged = (tag: string) => (details: Details) =>
  ({ tag, access: "user", answer: "json", ...details }) satisfies Entry[3];
const cfg = tagged("Configs");
const arena = tagged("Arena");
const img = tagged("Images");
const tpl = tagged("Templates");

export const contentOperations: Operation[] = table([
  [
    "get",
    "/api/configs",
    "The caller's own and saved configs; a saved one no longer shared is only `{ id, available: false }`",
    cfg({}),
  ],
  ["post", "/api/configs", "Create a config", cfg({ body: createConfigSchema, status: 201 })],
  ["get", "/api/configs/{id}", "A config the caller may see: own, public or a template", cfg({})],
  ["patch", "/api/configs/{id}", "Change one's own config", cfg({ body: updateConfigSchema })],
  ["delete", "/api/configs/{id}", "Delete one's own config", cfg(gone)],
  ["post", "/api/configs/{id}/duplicate", "Copy one's own config", cfg({ status: 201 })],
  ["post", "/api/configs/{id}/fork", "Copy a public config or template", cfg({ status: 201 })],
  ["post", "/api/configs/{id}/save", "Save a public config to one's list", cfg({})],
  ["delete", "/api/configs/{id}/save", "Remove a saved config from one's list", cfg({})],
  [
    "post",
    "/api/configs/{id}/unpublish",
    "Take a config out of the gallery",
    cfg({ access: "admin" }),
  ],
  [
    "post",
    "/api/configs/preview",
    "Try an unsaved config; the answer streams as an AI SDK UI message stream",
    cfg({ body: previewConfigSchema, answer: "ui-stream" }),
  ],
  ["get", "/api/gallery", "Public configs and templates", cfg({ query: galleryQuerySchema })],
  ["get", "/api/templates", "Prompt templates", tpl({ query: listTemplatesSchema })],
  [
    "post",
    "/api/templates",
    "Create a prompt template",
    tpl({ access: "admin", body: createTemplateSchema, status: 201 }),
  ],
  ["get", "/api/templates/{id}", "A prompt template", tpl({})],
  [
    "patch",
    "/api/templates/{id}",
    "Change a template, or only switch it on or off",
    tpl({ access: "admin", body: updateTemplateSchema.or(setTemplateActiveSchema) }),
  ],
  ["delete", "/api/templates/{id}", "Delete a template", tpl({ ...gone, access: "admin" })],
  [
    "post",
    "/api/templates/{id}/use",
    "Fill a template's variables",
    tpl({ body: useTemplateSchema }),
  ],
  ["get", "/api/templates/categories", "Template categories", tpl({ query: listCategoriesSchema })],
  ["get", "/api/images", "The caller's images (cursor pages)", img({ query: listImagesSchema })],
  [
    "post",
    "/api/images",
    "Generate an image with an image model; a closed request does not stop it",
    img({ body: generateImageSchema, status: 201 }),
  ],
  ["get", "/api/images/jobs", "The caller's images being made", img({})],
  [
    "post",
    "/api/images/jobs/{id}/stop",
    "Stop an image being made, by its id or its clientId; nothing is kept",
    img(gone),
  ],
  ["get", "/api/images/{id}", "An image's details", img({})],
  [
    "patch",
    "/api/images/{id}",
    "Mark or unmark an image as a favourite",
    img({ body: updateImageSchema }),
  ],
  ["delete", "/api/images/{id}", "Delete an image and its files", img(gone)],
  [
    "get",
    "/api/images/{id}/file",
    "The image file",
    img({ query: fileQuerySchema, answer: "file" }),
  ],
  ["get", "/api/images/{id}/thumbnail", "The image's thumbnail", img({ answer: "file" })],
  ["get", "/api/arena/sessions", "The caller's arena sessions", arena({ query: listArenaSchema })],
  [
    "post",
    "/api/arena/sessions",
    "Start a comparison of two to four models",
    arena({ body: createArenaSchema, status: 201 }),
  ],
  ["get", "/api/arena/sessions/{id}", "An arena session with its messages", arena({})],
  [
    "patch",
    "/api/arena/sessions/{id}",
    "Rename an arena session",
    arena({ body: renameArenaSchema }),
  ],
  ["delete", "/api/arena/sessions/{id}", "Delete an arena session", arena(gone)],
  [
    "post",
    "/api/arena/sessions/{id}/messages",
    "Send a prompt to every panel; the answers stream as SSE events. The same clientId (or Idempotency-Key header) again is answered once",
    arena({ body: sendArenaSchema, answer: "sse" }),
  ],
  [
    "get",
    "/api/arena/sessions/{id}/messages/{turnId}/stream",
    "A running turn's events, replayed from the start and followed live; 204 once every panel ended",
    arena({ answer: "sse" }),
  ],
  [
    "post",
    "/api/arena/sessions/{id}/stop",
    "Stop the panels' answers",
    arena({ body: stopArenaSchema }),
  ],
  [
    "post",
    "/api/arena/sessions/{id}/votes",
    "Vote for the best answer; reveals the models",
    arena({ body: voteArenaSchema, status: 201 }),
  ],
  [
    "post",
    "/api/arena/sessions/{id}/continue",
    "Continue one panel as a normal conversation",
    arena({ body: continueArenaSchema, status: 201 }),
  ],
  [
    "get",
    "/api/arena/leaderboard",
    "Model rankings from votes",
    arena({ query: leaderboardSchema }),
  ],
]);

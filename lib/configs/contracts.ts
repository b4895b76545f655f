import {
  createConfigSchema,
  galleryQuerySchema,
  previewConfigSchema,
  updateConfigSchema,
} from "@/lib/configs/schemas";
import { CREATED, creates, NO_CONTENT, tagged } from "@/lib/http/contract";

const config = tagged("Configs");

export const configContracts = {
  list: config(
    "get",
    "/api/configs",
    "The caller's own and saved configs; a saved one no longer shared is only `{ id, available: false }`",
  ),
  create: config("post", "/api/configs", "Create a config", creates(createConfigSchema)),
  get: config("get", "/api/configs/{id}", "A config the caller may see: own, public or a template"),
  update: config("patch", "/api/configs/{id}", "Change one's own config", {
    body: updateConfigSchema,
  }),
  remove: config("delete", "/api/configs/{id}", "Delete one's own config", NO_CONTENT),
  duplicate: config("post", "/api/configs/{id}/duplicate", "Copy one's own config", CREATED),
  fork: config("post", "/api/configs/{id}/fork", "Copy a public config or template", CREATED),
  save: config("post", "/api/configs/{id}/save", "Save a public config to one's list"),
  unsave: config("delete", "/api/configs/{id}/save", "Remove a saved config from one's list"),
  unpublish: config("post", "/api/configs/{id}/unpublish", "Take a config out of the gallery", {
    access: "admin",
  }),
  preview: config(
    "post",
    "/api/configs/preview",
    "Try an unsaved config; the answer streams as an AI SDK UI message stream",
    {
      body: previewConfigSchema,
      // Twenty messages of up to 20,000 characters and as long a system prompt, with
      // room for JSON escapes and text that takes several bytes a character.
      maxBodyBytes: 2 * 1024 * 1024,
      answer: "ui-stream",
    },
  ),
  gallery: config("get", "/api/gallery", "Public configs and templates", {
    query: galleryQuerySchema,
  }),
};

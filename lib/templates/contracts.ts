import { NO_CONTENT, tagged } from "@/lib/http/contract";
import {
  createTemplateSchema,
  listCategoriesSchema,
  listTemplatesSchema,
  setTemplateActiveSchema,
  updateTemplateSchema,
  useTemplateSchema,
} from "@/lib/templates/schemas";

const template = tagged("Templates");

export const templateContracts = {
  list: template("get", "/api/templates", "Prompt templates", { query: listTemplatesSchema }),
  create: template("post", "/api/templates", "Create a prompt template", {
    access: "admin",
    body: createTemplateSchema,
    status: 201,
  }),
  get: template("get", "/api/templates/{id}", "A prompt template"),
  update: template(
    "patch",
    "/api/templates/{id}",
    "Change a template, or only switch it on or off",
    { access: "admin", body: updateTemplateSchema.or(setTemplateActiveSchema) },
  ),
  remove: template("delete", "/api/templates/{id}", "Delete a template", {
    ...NO_CONTENT,
    access: "admin",
  }),
  use: template("post", "/api/templates/{id}/use", "Fill a template's variables", {
    body: useTemplateSchema,
  }),
  categories: template("get", "/api/templates/categories", "Template categories", {
    query: listCategoriesSchema,
  }),
};

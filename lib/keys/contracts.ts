import { NO_CONTENT, tagged } from "@/lib/http/contract";
import { createApiKeySchema } from "@/lib/keys/schemas";

const key = tagged("API keys");

export const keyContracts = {
  list: key("get", "/api/keys", "The caller's API keys; never a secret (session only)", {
    access: "session",
  }),
  create: key(
    "post",
    "/api/keys",
    "Create an API key; the secret is in this answer only (session only)",
    { access: "session", body: createApiKeySchema, status: 201 },
  ),
  revoke: key("delete", "/api/keys/{id}", "Revoke an API key at once (session only)", {
    ...NO_CONTENT,
    access: "session",
  }),
};

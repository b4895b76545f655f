import { tagged } from "@/lib/http/contract";
import { MAX_IMPORT_BYTES, MAX_IMPORT_INFLATED_BYTES } from "./limits";

const importing = tagged("Imports");

const MB = 1024 * 1024;

export const importContracts = {
  create: importing(
    "post",
    "/api/imports",
    `Import conversations, all or nothing (multipart field \`file\`): ChatGPT's or Claude's conversations.json or its .zip, or our JSON export (one conversation, a list, or a .zip of conversations/*.json). At most ${MAX_IMPORT_BYTES / MB} MB, unpacking to at most ${MAX_IMPORT_INFLATED_BYTES / MB} MB (413 past either); answers {imported, conversationIds}`,
    { bodyType: "multipart/form-data", limit: "upload", status: 201 },
  ),
};

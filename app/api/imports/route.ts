import { readUploadedFile } from "@/lib/files/form";
import { route } from "@/lib/http/route";
import { importContracts } from "@/lib/imports/contracts";
import { importConversations, importTooLarge } from "@/lib/imports/import-conversations";
import { MAX_IMPORT_BYTES } from "@/lib/imports/limits";

export const POST = route(importContracts.create, async ({ req, user }) =>
  importConversations(user, await readUploadedFile(req, MAX_IMPORT_BYTES, importTooLarge)),
);

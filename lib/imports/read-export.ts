import { AppError } from "@/lib/errors";
import { isZip, readArchive } from "./archive";
import { chatGptFormat } from "./chatgpt";
import { claudeFormat } from "./claude";
import type { ImportedConversation } from "./tree";
import { uniChatFormat } from "./uni-chat";

const EXPECTED =
  "Expected a ChatGPT or Claude export (its conversations.json, or the .zip it came in) or a Uni-Chat JSON export (one conversation, a list of them, or a .zip of conversations/*.json).";

const FORMATS = [chatGptFormat, claudeFormat, uniChatFormat];

/** In a zip: ChatGPT's and Claude's conversations.json, and ours, one file per conversation. */
function isConversationFile(name: string): boolean {
  // macOS adds `__MACOSX/…/._name` copies of every file to the zips it makes.
  if (name.startsWith("__MACOSX/") || /(^|\/)\._/.test(name)) return false;
  return /(^|\/)conversations\.json$/.test(name) || /(^|\/)conversations\/[^/]+\.json$/.test(name);
}

/**
 * Every conversation of an uploaded export, read into the common tree: a
 * JSON file, or a zip of them. Anything that is not a known format, not
 * JSON or not in its format's shape is a 400, before anything is stored.
 */
export function readExport(bytes: Uint8Array): ImportedConversation[] {
  if (!isZip(bytes)) return fromJson(bytes, "The file");
  const files = readArchive(bytes, isConversationFile);
  if (files.length === 0) {
    throw unknownFormat("The zip holds no conversations.json and no conversations/*.json.");
  }
  return files.flatMap((file) => fromJson(file.bytes, `${file.name} in the zip`));
}

function fromJson(bytes: Uint8Array, where: string): ImportedConversation[] {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw AppError.badRequest(`${where} is not valid JSON, so nothing was imported. ${EXPECTED}`);
  }
  const items = Array.isArray(value) ? value : [value];
  const format = FORMATS.find((candidate) => candidate.matches(items[0]));
  if (items.length === 0) throw AppError.badRequest(`${where} holds no conversations.`);
  if (!format) throw unknownFormat(`${where} is not an export this app can read.`);
  return items.map((item, index) =>
    format.read(item, items.length > 1 ? `${where}, conversation ${index + 1}` : where),
  );
}

function unknownFormat(what: string): AppError {
  return new AppError("unknown_import_format", 400, `${what} ${EXPECTED}`);
}

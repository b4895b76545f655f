import "server-only";
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from "fflate";
import type { SessionUser } from "@/lib/auth/types";
import { listMyConfigs } from "@/lib/configs/list";
import { renderConversation } from "@/lib/conversations/export";
import { findConversationMessages } from "@/lib/conversations/messages";
import { connectDb } from "@/lib/db/connect";
import { readStoredFile } from "@/lib/files/storage";
import { imageFileName } from "@/lib/images/file-name";
import { toTemplateDto } from "@/lib/templates/to-dto";
import { getProfile } from "@/lib/users/profile";
import { Conversation } from "@/models/conversation";
import { StoredFile } from "@/models/file";
import { GeneratedImage } from "@/models/generated-image";
import type { MessageDoc } from "@/models/message";
import { PromptTemplate } from "@/models/prompt-template";

interface Entry {
  path: string;
  /** null: bytes that are gone (a file removed from disk by hand), left out of the zip. */
  bytes: () => Promise<Uint8Array | null>;
  /** Images and most uploads are compressed already: stored as they are. */
  deflate: boolean;
}

const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);

const storedBytes = (key: string) =>
  readStoredFile(key).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  });

/** An upload's name kept readable but safe as a path inside the archive. */
const safeName = (name: string) => name.replace(/[^\w.-]+/g, "_").slice(-100) || "file";

/**
 * Everything the account holds as a zip, built while it is sent: each entry
 * is read when the download asks for more, so memory holds one conversation
 * or one file at a time, whatever the account's size. Each conversation is
 * `conversations/<id>.json`, the per-conversation JSON export exactly, and
 * `conversations/<id>.md`; then `files/`, `images/`, `configs.json`,
 * `templates.json` (the ones the account made) and `profile.json`.
 */
export async function exportAccountData(actor: SessionUser): Promise<ReadableStream<Uint8Array>> {
  await connectDb();
  const owner = { user_id: actor.id };
  const [conversations, files, images] = await Promise.all([
    Conversation.find(owner).sort({ _id: 1 }).lean(),
    StoredFile.find(owner).select("name storage_key").sort({ _id: 1 }).lean(),
    GeneratedImage.find(owner).select("prompt mime_type storage_key").sort({ _id: 1 }).lean(),
  ]);
  const exportedAt = new Date();

  const entries: Entry[][] = [
    [
      { path: "profile.json", bytes: async () => json(await getProfile(actor)), deflate: true },
      { path: "configs.json", bytes: async () => json(await listMyConfigs(actor)), deflate: true },
      {
        path: "templates.json",
        bytes: async () => {
          const mine = await PromptTemplate.find({ created_by: actor.id }).sort({ _id: 1 }).lean();
          return json(mine.map(toTemplateDto));
        },
        deflate: true,
      },
    ],
    conversations.flatMap((conversation) => {
      // Read once for both formats, when the first of the two is asked for.
      let messages: Promise<MessageDoc[]> | undefined;
      const render = async (format: "json" | "md") => {
        // A promise of its own: the query it wraps would run again on a second await.
        messages ??= Promise.resolve(findConversationMessages(actor, conversation._id));
        return strToU8(renderConversation(conversation, await messages, format, exportedAt).body);
      };
      const stem = `conversations/${conversation._id}`;
      return [
        { path: `${stem}.json`, bytes: () => render("json"), deflate: true },
        { path: `${stem}.md`, bytes: () => render("md"), deflate: true },
      ];
    }),
    files.map((file) => ({
      path: `files/${file._id}-${safeName(file.name)}`,
      bytes: () => storedBytes(file.storage_key),
      deflate: true,
    })),
    images.map((image) => ({
      path: `images/${imageFileName({ id: image._id.toString(), prompt: image.prompt, mimeType: image.mime_type })}`,
      bytes: () => storedBytes(image.storage_key),
      deflate: false,
    })),
  ];
  return zipStream(entries.flat());
}

/** The entries as one zip stream, each read only when the reader wants more. */
function zipStream(entries: Entry[]): ReadableStream<Uint8Array> {
  let next = 0;
  let zip: Zip;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
    },
    async pull() {
      for (let entry = entries[next++]; entry; entry = entries[next++]) {
        const bytes = await entry.bytes();
        if (!bytes) continue;
        const file = entry.deflate
          ? new ZipDeflate(entry.path, { level: 6 })
          : new ZipPassThrough(entry.path);
        zip.add(file);
        file.push(bytes, true);
        return;
      }
      zip.end();
    },
  });
}

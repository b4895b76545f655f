import { deleteStoredFile } from "@/lib/files/storage";
import { log } from "@/lib/log";
import { publishEvent } from "@/lib/realtime/events";
import { AccountToken } from "@/models/account-token";
import { ApiCompletion } from "@/models/api-completion";
import { ApiKey } from "@/models/api-key";
import { ArenaMessage } from "@/models/arena-message";
import { ArenaSession } from "@/models/arena-session";
import { ArenaVote } from "@/models/arena-vote";
import { Conversation } from "@/models/conversation";
import { StoredFile } from "@/models/file";
import { Folder } from "@/models/folder";
import { GeneratedImage } from "@/models/generated-image";
import { LlmConfig } from "@/models/llm-config";
import { Message } from "@/models/message";
import { ModelCall } from "@/models/model-call";
import { PromptTemplate } from "@/models/prompt-template";
import { RevokedSession } from "@/models/revoked-session";
import { ShareLink } from "@/models/share-link";
import { UsageLog } from "@/models/usage-log";
import { UsageRollup } from "@/models/usage-rollup";
import { User, type UserDoc } from "@/models/user";

/**
 * Removes an account and everything it owns: conversations and messages,
 * folders, configs (public ones leave the gallery), uploads and generated
 * images with their stored bytes, arena sessions and votes, API keys,
 * mailed links, share links, usage records and the avatar. The instance's totals by
 * model, the leaderboard's tallies and the audit log keep what they hold,
 * which names no content; templates the account wrote for everyone stay,
 * no longer naming their author. Whoever calls this has decided it may
 * happen: an admin, or the account itself.
 */
export async function eraseAccount(target: Pick<UserDoc, "_id" | "profile">): Promise<void> {
  const owner = { user_id: target._id };
  const [files, images] = await Promise.all([
    StoredFile.find(owner).select("storage_key").lean(),
    GeneratedImage.find(owner).select("storage_key thumbnail_key").lean(),
  ]);
  // The account goes first: from here on nothing can sign in as it or add to its data.
  await User.deleteOne({ _id: target._id });
  await publishEvent(target._id.toString(), "account.signed_out", { reason: "deleted" });
  await Promise.all([
    Message.deleteMany(owner),
    Conversation.deleteMany(owner),
    Folder.deleteMany(owner),
    LlmConfig.deleteMany({ owner_id: target._id }),
    StoredFile.deleteMany(owner),
    GeneratedImage.deleteMany(owner),
    ArenaMessage.deleteMany(owner),
    ArenaSession.deleteMany(owner),
    ArenaVote.deleteMany(owner),
    ModelCall.deleteMany(owner),
    ApiKey.deleteMany(owner),
    ApiCompletion.deleteMany(owner),
    AccountToken.deleteMany(owner),
    ShareLink.deleteMany(owner),
    UsageLog.deleteMany(owner),
    // The instance's totals by model stay; what names the person goes.
    UsageRollup.deleteMany({ dim: "user", key: target._id.toString() }),
    UsageRollup.deleteMany({ dim: "user_model", key: { $regex: `^${target._id.toString()}/` } }),
    RevokedSession.deleteMany(owner),
    PromptTemplate.updateMany({ created_by: target._id }, { $set: { created_by: null } }),
  ]);
  const keys = [
    target.profile.avatar_key,
    ...files.map((file) => file.storage_key),
    ...images.flatMap((image) => [image.storage_key, image.thumbnail_key ?? ""]),
  ].filter(Boolean);
  for (const key of keys) {
    await deleteStoredFile(key).catch((error: unknown) => {
      log.warn("could not remove a deleted user's file", { error, key });
    });
  }
}

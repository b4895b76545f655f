import type { AdminContext } from "@/lib/audit/record";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { deleteStoredFile } from "@/lib/files/storage";
import { log } from "@/lib/log";
import { publishEvent } from "@/lib/realtime/events";
import { parseInput } from "@/lib/validation";
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
import { RevokedSession } from "@/models/revoked-session";
import { ShareLink } from "@/models/share-link";
import { UsageLog } from "@/models/usage-log";
import { UsageRollup } from "@/models/usage-rollup";
import { User } from "@/models/user";
import { deleteUserSchema } from "./schemas";
import { refuseSelf, snapshot } from "./user-actions";
import { findTarget } from "./user-detail";

/**
 * Deletes an account and everything it owns: conversations and messages,
 * folders, configs, uploads and generated images (with their stored bytes),
 * arena sessions and votes, API keys, share links, usage records and the avatar. The leaderboard's
 * tallies and the audit log keep what they hold, which names no content.
 */
export async function deleteUser(
  actor: SessionUser,
  id: string,
  input: unknown,
  context: AdminContext,
): Promise<void> {
  const { confirmEmail } = parseInput(deleteUserSchema, input);
  const target = await findTarget(actor, id);
  refuseSelf(actor, target, "delete");
  if (confirmEmail !== target.email) {
    throw AppError.badRequest("confirmEmail: type the account's email to confirm", {
      confirmEmail: ["does not match the account's email"],
    });
  }

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
    ShareLink.deleteMany(owner),
    UsageLog.deleteMany(owner),
    // The instance's totals by model stay; what names the person goes.
    UsageRollup.deleteMany({ dim: "user", key: target._id.toString() }),
    UsageRollup.deleteMany({ dim: "user_model", key: { $regex: `^${target._id.toString()}/` } }),
    RevokedSession.deleteMany(owner),
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

  await recordAudit(actor, context, {
    action: "user.delete",
    targetType: "user",
    targetId: target._id,
    before: { email: target.email, display_name: target.profile.display_name, ...snapshot(target) },
    after: null,
  });
}

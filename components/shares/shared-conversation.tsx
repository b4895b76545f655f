import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/chat/markdown/markdown";
import { MessageAttachments } from "@/components/chat/message-attachments";
import { LogoMark } from "@/components/layout/logo";
import { getFormat } from "@/lib/i18n/server-format";
import type { SharedConversationDto, SharedMessageDto } from "@/lib/shares/dto";

/** A shared copy, read-only, laid out as the chat shows it. */
export async function SharedConversation({
  conversation,
}: {
  conversation: SharedConversationDto;
}) {
  const [t, f] = await Promise.all([getTranslations("shares.page"), getFormat()]);
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 pb-16 pt-6 sm:px-6">
      <div className="space-y-1 border-b pb-4">
        <h1 className="break-words text-xl font-semibold tracking-tight sm:text-2xl">
          {conversation.title}
        </h1>
        <p className="text-sm text-muted-foreground">
          {t("byline", { date: f.date(conversation.sharedAt) })}
        </p>
      </div>
      <div className="flex flex-col gap-5">
        {conversation.messages.map((message, index) => (
          <SharedMessage
            // The copy never changes while shown: its order is its identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={index}
            message={message}
          />
        ))}
      </div>
      <p className="border-t pt-4 text-center text-xs text-muted-foreground">{t("footer")}</p>
    </div>
  );
}

async function SharedMessage({ message }: { message: SharedMessageDto }) {
  const t = await getTranslations("shares.page");
  if (message.role === "user") {
    return (
      <article aria-label={t("message")} className="flex flex-col items-end">
        <MessageAttachments attachments={message.attachments} />
        {message.text ? (
          <div className="max-w-[85%] whitespace-pre-wrap break-words rounded-3xl bg-muted px-4 py-2.5 text-[15px] leading-6 sm:max-w-[75%]">
            {message.text}
          </div>
        ) : null}
      </article>
    );
  }
  return (
    <article aria-label={t("reply")} className="flex gap-3 sm:gap-4">
      <LogoMark className="mt-0.5 hidden h-7 w-7 rounded-full sm:inline-flex" />
      <div className="min-w-0 flex-1">
        {message.model ? (
          <p className="mb-1 text-xs font-medium text-muted-foreground">{message.model}</p>
        ) : null}
        {message.attachments.length > 0 ? (
          <MessageAttachments attachments={message.attachments} />
        ) : null}
        {message.text ? (
          <Markdown text={message.text} />
        ) : (
          <p className="text-sm italic text-muted-foreground">{t("noAnswer")}</p>
        )}
      </div>
    </article>
  );
}

"use client";

import { ImageUp, Loader2, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type ChangeEvent, useRef, useState } from "react";
import { toast } from "@/components/common/toast";
import { UserAvatar } from "@/components/layout/user-avatar";
import { Button } from "@/components/ui/button";
import { ApiError, apiFetch } from "@/lib/http/client";
import type { ProfileDto } from "@/lib/users/dto";

const MAX_AVATAR_MB = 5;
const ACCEPT = "image/png,image/jpeg,image/webp,image/gif";

/**
 * The avatar is a picture the person uploads, which the app re-encodes and
 * serves itself; with none, their initials show.
 */
export function AvatarPicker({ name, initialUrl }: { name: string; initialUrl: string }) {
  const t = useTranslations("settings.avatar");
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState(initialUrl);
  const [busy, setBusy] = useState<"upload" | "remove" | null>(null);

  async function change(action: "upload" | "remove", body?: FormData) {
    setBusy(action);
    try {
      const profile = await apiFetch<ProfileDto>("/api/users/me/avatar", {
        method: action === "upload" ? "PUT" : "DELETE",
        body,
      });
      setUrl(profile.avatarUrl);
      toast.success(action === "upload" ? t("saved") : t("removed"));
      // The header's avatar comes from the server; refresh so it matches.
      router.refresh();
    } catch (error) {
      toast.error(error instanceof ApiError ? error.message : t("failed"));
    } finally {
      setBusy(null);
    }
  }

  function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    if (file.size > MAX_AVATAR_MB * 1024 * 1024) {
      toast.error(t("tooLarge", { name: file.name, max: MAX_AVATAR_MB }));
      return;
    }
    const form = new FormData();
    form.set("file", file);
    void change("upload", form);
  }

  return (
    <div className="flex items-center gap-4">
      <UserAvatar name={name || "?"} src={url} className="h-16 w-16 text-lg" />
      <div className="space-y-2">
        <div className="flex flex-wrap gap-2">
          <input
            ref={input}
            type="file"
            accept={ACCEPT}
            className="sr-only"
            tabIndex={-1}
            aria-hidden="true"
            onChange={pick}
          />
          <Button
            type="button"
            variant="outline"
            size="sm"
            disabled={busy !== null}
            onClick={() => input.current?.click()}
          >
            {busy === "upload" ? (
              <Loader2 className="animate-spin" aria-hidden="true" />
            ) : (
              <ImageUp aria-hidden="true" />
            )}
            {url ? t("change") : t("upload")}
          </Button>
          {url ? (
            <Button
              type="button"
              variant="ghost"
              size="sm"
              disabled={busy !== null}
              onClick={() => void change("remove")}
            >
              {busy === "remove" ? (
                <Loader2 className="animate-spin" aria-hidden="true" />
              ) : (
                <Trash2 aria-hidden="true" />
              )}
              {t("remove")}
            </Button>
          ) : null}
        </div>
        <p className="text-xs text-muted-foreground">{t("hint", { max: MAX_AVATAR_MB })}</p>
      </div>
    </div>
  );
}

import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

type AdminPage = "dashboard" | "users" | "user" | "audit" | "templates" | "configs" | "system";

/** An admin page's title in the browser tab: the page, then the area. */
export async function adminMetadata(page: AdminPage): Promise<Metadata> {
  const t = await getTranslations("admin.metadata");
  return { title: t("title", { page: t(`pages.${page}`) }) };
}

"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { activeItem } from "./nav";

export function HeaderTitle() {
  const t = useTranslations("layout.nav");
  const item = activeItem(usePathname());
  return <p className="truncate text-sm font-semibold">{item ? t(item.name) : "Uni-Chat"}</p>;
}

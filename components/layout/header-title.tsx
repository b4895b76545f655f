"use client";

import { usePathname } from "next/navigation";
import { activeItem } from "./nav";

export function HeaderTitle() {
  const pathname = usePathname();
  const item = activeItem(pathname);
  return <p className="truncate text-sm font-semibold">{item?.label ?? "Uni-Chat"}</p>;
}

import {
  Braces,
  Gauge,
  ImageIcon,
  LayoutGrid,
  type LucideIcon,
  MessageSquare,
  NotebookText,
  Settings,
  ShieldCheck,
  SlidersHorizontal,
  Swords,
} from "lucide-react";
import type { Messages } from "@/lib/i18n/messages";

export interface NavItem {
  href: string;
  /** Its label's key in layout.nav. */
  name: keyof Messages["layout"]["nav"];
  icon: LucideIcon;
  adminOnly?: boolean;
  /** A page with a title but no sidebar link, reached from elsewhere (Settings links the API docs and Usage). */
  unlisted?: boolean;
}

/** The app's navigation as data: features add an entry here and get a sidebar link and a title. */
export const NAV_ITEMS: NavItem[] = [
  { href: "/chat", name: "chat", icon: MessageSquare },
  { href: "/arena", name: "arena", icon: Swords },
  { href: "/images", name: "images", icon: ImageIcon },
  { href: "/configs", name: "configs", icon: SlidersHorizontal },
  { href: "/gallery", name: "gallery", icon: LayoutGrid },
  { href: "/templates", name: "templates", icon: NotebookText },
  { href: "/settings", name: "settings", icon: Settings },
  { href: "/admin", name: "admin", icon: ShieldCheck, adminOnly: true },
  { href: "/api-docs", name: "apiDocs", icon: Braces, unlisted: true },
  { href: "/settings/usage", name: "usage", icon: Gauge, unlisted: true },
];

export function navFor(role: "user" | "admin"): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.unlisted && (!item.adminOnly || role === "admin"));
}

export function isActive(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The entry for the current page, preferring the longest match so nested routes win. */
export function activeItem(pathname: string): NavItem | undefined {
  return NAV_ITEMS.filter((item) => isActive(pathname, item.href)).sort(
    (a, b) => b.href.length - a.href.length,
  )[0];
}

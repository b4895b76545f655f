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

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
  adminOnly?: boolean;
  /** A page with a title but no sidebar link, reached from elsewhere (Settings links the API docs and Usage). */
  unlisted?: boolean;
}

/** The app's navigation as data: features add an entry here and get a sidebar link and a title. */
export const NAV_ITEMS: NavItem[] = [
  { href: "/chat", label: "Chat", icon: MessageSquare },
  { href: "/arena", label: "Arena", icon: Swords },
  { href: "/images", label: "Images", icon: ImageIcon },
  { href: "/configs", label: "My configs", icon: SlidersHorizontal },
  { href: "/gallery", label: "Gallery", icon: LayoutGrid },
  { href: "/templates", label: "Prompt templates", icon: NotebookText },
  { href: "/settings", label: "Settings", icon: Settings },
  { href: "/admin", label: "Admin", icon: ShieldCheck, adminOnly: true },
  { href: "/api-docs", label: "API", icon: Braces, unlisted: true },
  { href: "/settings/usage", label: "Usage", icon: Gauge, unlisted: true },
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

"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { isActive } from "@/components/layout/nav";
import { cn } from "@/lib/utils";

const ADMIN_NAV = [
  { href: "/admin", label: "dashboard" },
  { href: "/admin/users", label: "users" },
  { href: "/admin/audit", label: "audit" },
  { href: "/admin/templates", label: "templates" },
  { href: "/admin/configs", label: "configs" },
  { href: "/admin/system", label: "system" },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  // The dashboard is the prefix of every admin page: only its own path counts.
  return href === "/admin" ? pathname === href : isActive(pathname, href);
}

/**
 * The admin area's sections, as tabs under the app header. On a phone they
 * scroll sideways: the edge fades to say there is more, and the current
 * tab is scrolled into view.
 */
export function AdminNav() {
  const t = useTranslations("admin.nav");
  const pathname = usePathname();
  const currentRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (pathname) currentRef.current?.scrollIntoView({ block: "nearest", inline: "center" });
  }, [pathname]);

  return (
    <nav aria-label={t("label")} className="border-b">
      <ul className="mx-auto flex w-full max-w-6xl gap-1 overflow-x-auto px-4 [mask-image:linear-gradient(to_right,black_calc(100%-2.5rem),transparent)] after:block after:w-8 after:shrink-0 after:content-[''] sm:px-6 sm:[mask-image:none] sm:after:hidden">
        {ADMIN_NAV.map((item) => {
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href} className="shrink-0">
              <Link
                ref={current ? currentRef : undefined}
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "relative flex h-11 items-center px-3 text-sm font-medium text-muted-foreground transition-colors hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring",
                  current &&
                    "text-foreground after:absolute after:inset-x-2 after:bottom-0 after:h-0.5 after:rounded-full after:bg-brand",
                )}
              >
                {t(item.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

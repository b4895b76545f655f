"use client";

import { usePathname } from "next/navigation";
import { createContext, type ReactNode, useContext, useMemo } from "react";

interface SidebarContextValue {
  /** The conversation open at /chat/<id>, if any. */
  activeId: string | null;
  /** Closes the phone drawer after a link is followed. */
  onNavigate?: () => void;
}

const SidebarContext = createContext<SidebarContextValue>({ activeId: null });

function activeConversationId(pathname: string): string | null {
  const match = /^\/chat\/([^/]+)$/.exec(pathname);
  const id = match?.[1];
  return id && id !== "archived" ? decodeURIComponent(id) : null;
}

export function SidebarProvider({
  onNavigate,
  children,
}: {
  onNavigate?: () => void;
  children: ReactNode;
}) {
  const pathname = usePathname();
  const activeId = activeConversationId(pathname);
  const value = useMemo(() => ({ activeId, onNavigate }), [activeId, onNavigate]);
  return <SidebarContext.Provider value={value}>{children}</SidebarContext.Provider>;
}

export function useSidebar(): SidebarContextValue {
  return useContext(SidebarContext);
}

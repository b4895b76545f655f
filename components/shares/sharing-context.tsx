"use client";

import { createContext, type ReactNode, useContext } from "react";

const SharingContext = createContext(false);

/** Whether this server lets people share (ALLOW_SHARING), for the parts that offer it. */
export function SharingProvider({ allowed, children }: { allowed: boolean; children: ReactNode }) {
  return <SharingContext.Provider value={allowed}>{children}</SharingContext.Provider>;
}

export function useSharingAllowed(): boolean {
  return useContext(SharingContext);
}

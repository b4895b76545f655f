"use client";

import { useState } from "react";

/** Which of a component's dialogs is open: at most one at a time. */
export function useOpenDialog<Kind extends string>() {
  const [current, setCurrent] = useState<Kind | null>(null);
  return {
    current,
    open: (kind: Kind) => setCurrent(kind),
    close: () => setCurrent(null),
    /** The `open` and `onOpenChange` of one dialog. */
    dialog: (kind: Kind) => ({
      open: current === kind,
      onOpenChange: (open: boolean) => setCurrent(open ? kind : null),
    }),
  };
}

"use client";

import type { UseDraggableArguments, UseDroppableArguments } from "@dnd-kit/core";
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from "react";

type DragKit = typeof import("./drag-kit-parts");

const DragKitContext = createContext<DragKit | null>(null);

let loading: Promise<DragKit> | null = null;
const loadDragKit = () => {
  loading ??= import("./drag-kit-parts").catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
};

/** What had focus, found again in lists drawn anew: a link by its address, a button by its name. */
function focusedKey(root: HTMLElement | null): string | null {
  const focused = document.activeElement;
  if (!root || !(focused instanceof HTMLElement) || !root.contains(focused)) return null;
  const label = focused.getAttribute("aria-label");
  const href = focused.getAttribute("href");
  if (label) return `[aria-label="${CSS.escape(label)}"]`;
  return href ? `a[href="${CSS.escape(href)}"]` : null;
}

/** A menu or a rename is open in the lists, or a dialog (a row's, perhaps) on the page. */
function isBusy(root: HTMLElement | null): boolean {
  return (
    root?.querySelector('[aria-haspopup][aria-expanded="true"], input, textarea') != null ||
    document.querySelector('[role="dialog"], [role="alertdialog"]') !== null
  );
}

/**
 * Drag and drop for the sidebar's lists, fetched the first time a pointer,
 * a finger or the keyboard comes to them: most visits never drag, and the
 * library is a tenth of the page's JavaScript. Until it arrives the rows
 * are plain (a row's menu moves it to a folder too); then the lists are
 * drawn again with it, and what had focus has it again.
 */
export function SidebarDrag({ children }: { children: ReactNode }) {
  const [kit, setKit] = useState<DragKit | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const refocus = useRef<string | null>(null);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  useEffect(() => {
    if (!kit || !refocus.current) return;
    root.current?.querySelector<HTMLElement>(refocus.current)?.focus();
    refocus.current = null;
  }, [kit]);

  const want = () => {
    if (kit) return;
    void loadDragKit().then(
      (loaded) => {
        // Drawing the lists again would close an open menu or a rename: wait for the next visit.
        if (!mounted.current || isBusy(root.current)) return;
        refocus.current = focusedKey(root.current);
        setKit(loaded);
      },
      () => {}, // Offline: the lists stay plain, and the next visit asks again.
    );
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: not a control; it learns that the lists are about to be used
    <div ref={root} className="contents" onPointerOver={want} onTouchStart={want} onFocus={want}>
      {kit ? (
        <DragKitContext.Provider value={kit}>
          <kit.SidebarDnd>{children}</kit.SidebarDnd>
        </DragKitContext.Provider>
      ) : (
        children
      )}
    </div>
  );
}

const NOT_DRAGGABLE = {
  enabled: false,
  attributes: {},
  listeners: undefined,
  setNodeRef: () => {},
  setActivatorNodeRef: () => {},
  isDragging: false,
};

const NOT_A_TARGET = { setNodeRef: () => {}, isOver: false, active: null };

const useNotDraggable = (_: UseDraggableArguments) => NOT_DRAGGABLE;
const useNotATarget = (_: UseDroppableArguments) => NOT_A_TARGET;

// A row never sees the kit arrive: the lists are mounted again when it does,
// so each row calls the same hook for as long as it lives.

/** A draggable row, once the kit has arrived. */
export function useRowDrag(args: UseDraggableArguments) {
  const kit = useContext(DragKitContext);
  const useDrag = kit ? kit.useDraggable : useNotDraggable;
  return { ...useDrag(args), enabled: kit !== null };
}

/** A drop target, once the kit has arrived. */
export function useDropTarget(args: UseDroppableArguments) {
  const kit = useContext(DragKitContext);
  const useDrop = kit ? kit.useDroppable : useNotATarget;
  return useDrop(args);
}

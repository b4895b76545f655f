"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import {
  type ComponentProps,
  type RefObject,
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import type { ThreadItem } from "@/lib/chat/client/thread-items";
import { MessageItem } from "./message-item";

/**
 * Up to this many messages every one is in the page, so the browser's own
 * find sees the whole conversation; past it only those near the screen are,
 * so a long chat opens and streams as fast as a short one.
 */
const RENDER_ALL_UP_TO = 60;
// Rows past either edge of the screen kept rendered: scrolling a little never shows a blank.
const OVERSCAN = 4;
// The space between messages (the short list's gap-5).
const GAP_PX = 20;

interface MessageListProps {
  items: readonly ThreadItem[];
  locked: boolean;
  handlers: ComponentProps<typeof MessageItem>["handlers"];
  scrollRef: RefObject<HTMLElement | null>;
}

export function MessageList(props: MessageListProps) {
  return props.items.length > RENDER_ALL_UP_TO ? (
    <VirtualMessageList {...props} />
  ) : (
    <div className="flex flex-col gap-5">
      {props.items.map((item, index) => (
        <MessageItem
          key={item.id}
          item={item}
          isLast={index === props.items.length - 1}
          locked={props.locked}
          handlers={props.handlers}
        />
      ))}
    </div>
  );
}

/** A first guess at a row's height from its text, before it is measured. */
function estimateHeight(item: ThreadItem): number {
  const lines = Math.ceil(item.text.length / 80) + (item.text.match(/\n/g)?.length ?? 0) / 2;
  return (item.role === "user" ? 56 : 64) + lines * 26;
}

function VirtualMessageList({ items, locked, handlers, scrollRef }: MessageListProps) {
  const listRef = useRef<HTMLDivElement>(null);
  // Where the list starts in the scroll area (below its top padding).
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    setScrollMargin(listRef.current?.offsetTop ?? 0);
  }, []);

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: useCallback(
      (index: number) => estimateHeight(items[index] as ThreadItem),
      [items],
    ),
    getItemKey: useCallback((index: number) => items[index]?.id ?? index, [items]),
    overscan: OVERSCAN,
    gap: GAP_PX,
    scrollMargin,
    // A conversation opens at its end: render the rows there from the first paint.
    initialOffset: () => items.reduce((sum, item) => sum + estimateHeight(item) + GAP_PX, 0),
    initialRect: { width: 768, height: 800 },
  });

  return (
    <div ref={listRef} className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => {
        const item = items[row.index];
        if (!item) return null;
        return (
          <div
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            className="absolute left-0 top-0 w-full"
            style={{ transform: `translateY(${row.start - scrollMargin}px)` }}
          >
            <MessageItem
              item={item}
              isLast={row.index === items.length - 1}
              locked={locked}
              handlers={handlers}
            />
          </div>
        );
      })}
    </div>
  );
}

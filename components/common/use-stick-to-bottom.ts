"use client";

import { useCallback, useEffect, useRef, useState } from "react";

const NEAR_BOTTOM_PX = 72;

/**
 * Keeps a scroll area pinned to its end while content grows, until the
 * person scrolls up; scrolling back down (or `scrollToBottom`) pins it again.
 */
export function useStickToBottom<Scroller extends HTMLElement = HTMLDivElement>() {
  const scrollRef = useRef<Scroller>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const stuck = useRef(true);
  const [atBottom, setAtBottom] = useState(true);

  const scrollToBottom = useCallback((behavior: ScrollBehavior = "auto") => {
    const el = scrollRef.current;
    if (!el) return;
    stuck.current = true;
    setAtBottom(true);
    el.scrollTo({ top: el.scrollHeight, behavior });
  }, []);

  useEffect(() => {
    const el = scrollRef.current;
    const content = contentRef.current;
    if (!el || !content) return;

    let lastTop = el.scrollTop;
    const onScroll = () => {
      const distance = el.scrollHeight - el.scrollTop - el.clientHeight;
      const near = distance < NEAR_BOTTOM_PX;
      // Only the person moving up unpins: content growing never moves scrollTop.
      if (el.scrollTop < lastTop - 2 && !near) stuck.current = false;
      else if (near) stuck.current = true;
      lastTop = el.scrollTop;
      setAtBottom(near);
    };
    const follow = () => {
      if (stuck.current) {
        el.scrollTop = el.scrollHeight;
        lastTop = el.scrollTop;
      } else {
        setAtBottom(el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX);
      }
    };

    const observer = new ResizeObserver(follow);
    observer.observe(content);
    observer.observe(el);
    el.addEventListener("scroll", onScroll, { passive: true });
    el.scrollTop = el.scrollHeight;
    return () => {
      observer.disconnect();
      el.removeEventListener("scroll", onScroll);
    };
  }, []);

  return { scrollRef, contentRef, atBottom, scrollToBottom };
}

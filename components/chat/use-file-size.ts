"use client";

import { useFormatter } from "next-intl";

/** A file's size as people read it: 900 B, 12 KB, 3.4 MB (3,4 MB in German). */
export function useFileSize(): (bytes: number) => string {
  const format = useFormatter();
  return (bytes) => {
    if (bytes < 1024) return `${bytes} B`;
    if (bytes < 1024 * 1024) {
      return `${format.number(Math.round(bytes / 1024), { useGrouping: false })} KB`;
    }
    const megabytes = format.number(bytes / (1024 * 1024), {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      useGrouping: false,
    });
    return `${megabytes} MB`;
  };
}

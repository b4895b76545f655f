import type { ClipboardEvent } from "react";

/** A text box's paste that carries files hands them on instead of pasting text. */
export function pasteFiles(onFiles: (files: File[]) => void) {
  return (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const files = [...event.clipboardData.files];
    if (files.length === 0) return;
    // A copied image often comes with its file name as text; keep only the file.
    event.preventDefault();
    onFiles(files);
  };
}

import type { KeyboardEvent } from "react";

interface SendOnEnterOptions {
  /** Enter without Shift, outside an input method's composition: Shift+Enter is a new line. */
  onSend: () => void;
  /** Escape, when it means something here (stop the answer, leave the editor). */
  onEscape?: () => void;
}

/** A message box's keys: Enter sends, Shift+Enter breaks the line, Escape as given. */
export function sendOnEnter({ onSend, onEscape }: SendOnEnterOptions) {
  return (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      onSend();
    } else if (event.key === "Escape" && onEscape) {
      event.preventDefault();
      onEscape();
    }
  };
}

import type { Ref } from "react";

interface FilePickerInputProps {
  ref: Ref<HTMLInputElement>;
  accept: string;
  /** One file or several; several unless said. */
  multiple?: boolean;
  onFiles: (files: FileList) => void;
}

/**
 * The browser's file picker behind a button of ours: hidden from sight and
 * from the tab order. The same file can be picked again right after.
 */
export function FilePickerInput({ ref, accept, multiple = true, onFiles }: FilePickerInputProps) {
  return (
    <input
      ref={ref}
      type="file"
      multiple={multiple}
      accept={accept}
      className="sr-only"
      tabIndex={-1}
      aria-hidden="true"
      onChange={(event) => {
        if (event.target.files) onFiles(event.target.files);
        event.target.value = "";
      }}
    />
  );
}

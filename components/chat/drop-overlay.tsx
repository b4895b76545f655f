import { Upload } from "lucide-react";

export function DropOverlay() {
  return (
    <div className="pointer-events-none absolute inset-2 z-30 flex items-center justify-center rounded-2xl border-2 border-dashed border-brand/60 bg-background/85 backdrop-blur-sm">
      <div className="flex flex-col items-center gap-2 text-center">
        <Upload className="h-8 w-8 text-brand" aria-hidden="true" />
        <p className="text-sm font-medium">Drop files to attach them</p>
        <p className="text-xs text-muted-foreground">Images, PDFs and text files up to 16 MB</p>
      </div>
    </div>
  );
}

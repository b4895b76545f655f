"use client";

import { Images, Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { FilePickerInput } from "@/components/common/file-picker-input";
import { Button } from "@/components/ui/button";
import { MAX_REFERENCES } from "@/lib/images/options";
import { ReferenceChips } from "./reference-chips";
import { ReferencePickerDialog } from "./reference-picker-dialog";
import type { References } from "./use-references";

const IMAGE_TYPES = "image/png,image/jpeg,image/webp,image/gif";

interface ReferenceFieldProps {
  references: References;
  /** False when the chosen model cannot read images. */
  enabled: boolean;
}

/** Up to four images to work from: uploaded, pasted, dropped, or picked from the gallery. */
export function ReferenceField({ references, enabled }: ReferenceFieldProps) {
  const t = useTranslations("images.references");
  const labelId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [picking, setPicking] = useState(false);
  const { items, full } = references;
  const selectedIds = items.flatMap((item) =>
    item.source === "image" && item.id ? [item.id] : [],
  );

  return (
    <div className="space-y-2">
      <div className="flex items-baseline justify-between gap-2">
        <span id={labelId} className="text-sm font-medium leading-none">
          {t("label")}
        </span>
        <span className="text-xs tabular-nums text-muted-foreground">
          {items.length}/{MAX_REFERENCES}
        </span>
      </div>
      <ReferenceChips items={items} onRemove={references.remove} labelledBy={labelId} />
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() => fileInput.current?.click()}
          disabled={!enabled || full}
        >
          <Upload aria-hidden="true" />
          {t("upload")}
        </Button>
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() => setPicking(true)}
          disabled={!enabled || full}
        >
          <Images aria-hidden="true" />
          {t("fromMine")}
        </Button>
      </div>
      <p className="text-xs text-muted-foreground">{enabled ? t("hint") : t("disabled")}</p>
      <FilePickerInput ref={fileInput} accept={IMAGE_TYPES} onFiles={references.addFiles} />
      <ReferencePickerDialog
        open={picking}
        onOpenChange={setPicking}
        selectedIds={selectedIds}
        onPick={references.addImage}
      />
    </div>
  );
}

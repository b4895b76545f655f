"use client";

import { Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useId, useRef, useState } from "react";
import { FilePickerInput } from "@/components/common/file-picker-input";
import { useFileDrop } from "@/components/common/use-file-drop";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { MAX_IMPORT_BYTES } from "@/lib/imports/limits";
import { cn } from "@/lib/utils";
import { useImportConversations } from "./data";
import { ImportProgress } from "./import-progress";
import { ImportResult } from "./import-result";

const MAX_MB = MAX_IMPORT_BYTES / (1024 * 1024);
const ACCEPT = ".json,.zip,application/json,application/zip";

/** Settings → Import conversations: pick or drop an export, watch it upload, see what came in. */
export function ImportCard() {
  const t = useTranslations("imports.card");
  const importing = useImportConversations();
  const [problem, setProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const { isPending, mutate, reset } = importing;

  const start = useCallback(
    (files: readonly File[]) => {
      if (isPending || files.length === 0) return;
      reset();
      const [file] = files;
      if (files.length > 1 || !file) {
        setProblem(t("chooseOne"));
      } else if (file.size > MAX_IMPORT_BYTES) {
        setProblem(t("tooLarge", { name: file.name, max: MAX_MB }));
      } else {
        setProblem(null);
        mutate(file);
      }
    },
    [isPending, mutate, reset, t],
  );
  const { dragging, dropHandlers } = useFileDrop(start);
  const failure = problem ?? importing.error?.message;

  return (
    <Card role="region" aria-labelledby={titleId}>
      <CardHeader>
        <CardTitle id={titleId}>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <div
          {...dropHandlers}
          className={cn(
            "flex flex-col items-center gap-3 rounded-lg border-2 border-dashed px-4 py-6 text-center transition-colors",
            dragging && "border-brand bg-brand/5",
          )}
        >
          <Upload className="h-6 w-6 text-muted-foreground" aria-hidden="true" />
          <p className="text-sm">{t(dragging ? "dropping" : "dropHere")}</p>
          <Button
            type="button"
            variant="outline"
            disabled={isPending}
            onClick={() => fileInput.current?.click()}
          >
            {t("choose")}
          </Button>
          <p className="text-xs text-muted-foreground">{t("accepts", { max: MAX_MB })}</p>
          <FilePickerInput
            ref={fileInput}
            accept={ACCEPT}
            multiple={false}
            onFiles={(files) => start([...files])}
          />
        </div>
        {isPending && importing.variables && (
          <ImportProgress fileName={importing.variables.name} sent={importing.sent} />
        )}
        {failure && (
          <Alert variant="destructive">
            <p>{failure}</p>
          </Alert>
        )}
        {importing.data && <ImportResult result={importing.data} />}
      </CardContent>
    </Card>
  );
}

import { useTranslations } from "next-intl";
import { useFormat } from "@/components/common/use-format";
import type { ImageDto } from "@/lib/images/dto";

/** The prompt and the settings an image was made with. */
export function ImageDetails({ image }: { image: ImageDto }) {
  const t = useTranslations("images.details");
  const f = useFormat();
  const rows: [string, string][] = [
    [t("model"), image.modelId],
    [t("aspectRatio"), image.settings.aspectRatio ?? t("modelDefault")],
    [t("imageSize"), image.settings.imageSize ?? t("modelDefault")],
    [
      t("dimensions"),
      image.width && image.height
        ? t("pixels", { width: String(image.width), height: String(image.height) })
        : t("unknown"),
    ],
    [t("references"), f.count(image.settings.referenceCount)],
    [
      t("generationTime"),
      image.generationTimeMs === null ? t("unknown") : f.duration(image.generationTimeMs),
    ],
    [t("cost"), f.usd(image.costUsd)],
    [t("created"), t("createdAt", { dateTime: f.dateTime(image.createdAt) })],
  ];
  return (
    <div className="space-y-4 text-sm">
      <div className="space-y-1">
        <h3 className="text-xs font-medium uppercase tracking-wide text-muted-foreground">
          {t("prompt")}
        </h3>
        <p className="whitespace-pre-wrap break-words">{image.prompt}</p>
      </div>
      {image.negativePrompt ? (
        <div className="space-y-1">
          <h3 className="text-xs font-medium uppercase tracking-wide text-muted-foreground">
            {t("negativePrompt")}
          </h3>
          <p className="whitespace-pre-wrap break-words">{image.negativePrompt}</p>
        </div>
      ) : null}
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1.5">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted-foreground">{label}</dt>
            <dd className="break-words text-right tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

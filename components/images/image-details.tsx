import { formatDuration, formatUsd } from "@/lib/chat/client/format";
import type { ImageDto } from "@/lib/images/dto";

const DATE_FORMAT = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** The prompt and the settings an image was made with. */
export function ImageDetails({ image }: { image: ImageDto }) {
  const rows: [string, string][] = [
    ["Model", image.modelId],
    ["Aspect ratio", image.settings.aspectRatio ?? "model default"],
    ["Image size", image.settings.imageSize ?? "model default"],
    ["Dimensions", image.width && image.height ? `${image.width} × ${image.height} px` : "unknown"],
    ["Reference images", String(image.settings.referenceCount)],
    [
      "Generation time",
      image.generationTimeMs === null ? "unknown" : formatDuration(image.generationTimeMs),
    ],
    ["Cost", formatUsd(image.costUsd)],
    ["Created", DATE_FORMAT.format(new Date(image.createdAt))],
  ];
  return (
    <div className="space-y-4 text-sm">
      <div className="space-y-1">
        <h3 className="text-xs font-medium uppercase tracking-wide text-muted-foreground">
          Prompt
        </h3>
        <p className="whitespace-pre-wrap break-words">{image.prompt}</p>
      </div>
      {image.negativePrompt ? (
        <div className="space-y-1">
          <h3 className="text-xs font-medium uppercase tracking-wide text-muted-foreground">
            Negative prompt
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

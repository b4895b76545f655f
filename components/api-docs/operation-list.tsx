import { useTranslations } from "next-intl";
import type { z } from "zod";
import type { Contract } from "@/lib/http/contract";
import { jsonSchema } from "@/lib/openapi/document";
import { cn } from "@/lib/utils";

const METHOD_COLOURS: Record<Contract["method"], string> = {
  get: "bg-sky-500/15 text-sky-700 dark:text-sky-300",
  post: "bg-emerald-500/15 text-emerald-700 dark:text-emerald-300",
  put: "bg-amber-500/15 text-amber-700 dark:text-amber-300",
  patch: "bg-amber-500/15 text-amber-700 dark:text-amber-300",
  delete: "bg-red-500/15 text-red-700 dark:text-red-300",
};

function schemaText(schema: z.ZodType): string {
  return JSON.stringify(jsonSchema(schema), null, 2);
}

/** The API for people: each tag's routes with method, path, who may call, and the schemas. */
export function OperationList({ operations }: { operations: Contract[] }) {
  const tags = [...new Set(operations.map((operation) => operation.tag))];
  return (
    <div className="space-y-8">
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`} className="space-y-3">
          <h2 id={`tag-${tag}`} className="text-lg font-semibold">
            {tag}
          </h2>
          <ul className="divide-y rounded-md border">
            {operations
              .filter((operation) => operation.tag === tag)
              .map((operation) => (
                <OperationItem
                  key={`${operation.method} ${operation.path}`}
                  operation={operation}
                />
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function OperationItem({ operation }: { operation: Contract }) {
  const t = useTranslations("apiDocs");
  const schemas = [
    { label: t("querySchema"), schema: operation.query },
    { label: t("bodySchema"), schema: operation.body },
  ].filter((entry): entry is { label: string; schema: z.ZodType } => Boolean(entry.schema));
  return (
    <li className="space-y-2 p-3">
      <div className="flex flex-wrap items-center gap-2">
        <span
          className={cn(
            "w-16 rounded px-2 py-0.5 text-center font-mono text-xs font-semibold uppercase",
            METHOD_COLOURS[operation.method],
          )}
        >
          {operation.method}
        </span>
        <code className="break-all font-mono text-sm">{operation.path}</code>
        <span className="text-xs text-muted-foreground">{t(`access.${operation.access}`)}</span>
      </div>
      <p className="text-sm">{operation.summary}</p>
      {schemas.map(({ label, schema }) => (
        <details key={label} className="text-sm">
          <summary className="cursor-pointer text-muted-foreground">{label}</summary>
          <pre className="mt-2 max-h-96 overflow-auto rounded-md bg-muted p-3 font-mono text-xs">
            {schemaText(schema)}
          </pre>
        </details>
      ))}
    </li>
  );
}

import { useTranslations } from "next-intl";
import { useFormat } from "@/components/common/use-format";
import { ConfigAvatar } from "@/components/configs/config-avatar";
import { UnpublishButton } from "@/components/configs/unpublish-button";
import { VisibilityBadge } from "@/components/configs/visibility-badge";
import type { ConfigDto } from "@/lib/configs/dto";
import { DataTable } from "../data-table";

/** Name, model and what the config says to the model: what a moderator needs to judge it. */
function ConfigSummary({ config }: { config: ConfigDto }) {
  const t = useTranslations("admin.configs");
  return (
    <div className="flex min-w-0 items-start gap-3">
      <ConfigAvatar emoji={config.avatar} className="h-9 w-9 text-lg" />
      <div className="min-w-0 flex-1 space-y-0.5">
        <span className="block truncate font-medium" title={config.name}>
          {config.name}
        </span>
        <span className="block truncate text-xs text-muted-foreground">
          {config.modelName || config.modelId}
        </span>
        {config.description ? (
          <span className="line-clamp-2 text-xs text-muted-foreground">{config.description}</span>
        ) : null}
        {config.systemPrompt ? (
          <details className="pt-1 text-xs">
            <summary className="cursor-pointer rounded font-medium text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
              {t("systemPrompt")}
            </summary>
            <p className="mt-1 max-h-48 overflow-y-auto whitespace-pre-wrap break-words rounded-md bg-muted/60 p-2 font-mono">
              {config.systemPrompt}
            </p>
          </details>
        ) : null}
      </div>
    </div>
  );
}

/** Shared configs from a tablet width up. */
export function ConfigRowsTable({ configs }: { configs: ConfigDto[] }) {
  const t = useTranslations("admin.configs.table");
  const f = useFormat();
  return (
    <DataTable
      caption={t("caption")}
      className="min-w-[52rem]"
      columns={[
        { label: t("config") },
        { label: t("author") },
        { label: t("sharedAs") },
        { label: t("uses"), align: "right" },
        { label: t("saves"), align: "right" },
        { label: t("created") },
        { label: t("actions"), srOnly: true },
      ]}
    >
      <tbody className="divide-y">
        {configs.map((config) => (
          <tr key={config.id}>
            <th
              scope="row"
              className="w-[22rem] max-w-[22rem] px-3 py-2.5 text-left align-top font-normal"
            >
              <ConfigSummary config={config} />
            </th>
            <td className="max-w-[10rem] truncate px-3 py-2.5">
              {config.author?.displayName || "—"}
            </td>
            <td className="px-3 py-2.5">
              <VisibilityBadge visibility={config.visibility} />
            </td>
            <td className="px-3 py-2.5 text-right tabular-nums">
              {f.count(config.stats.usesCount)}
            </td>
            <td className="px-3 py-2.5 text-right tabular-nums">
              {f.count(config.stats.savesCount)}
            </td>
            <td className="whitespace-nowrap px-3 py-2.5 text-muted-foreground">
              {f.date(config.createdAt)}
            </td>
            <td className="px-3 py-2 text-right">
              <UnpublishButton config={config} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** Shared configs on a phone: one card each. */
export function ConfigCards({ configs }: { configs: ConfigDto[] }) {
  const t = useTranslations("admin.configs");
  return (
    <ul aria-label={t("title")} className="divide-y rounded-xl border">
      {configs.map((config) => (
        <li key={config.id} className="space-y-3 p-4 text-sm">
          <ConfigSummary config={config} />
          <div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
            <VisibilityBadge visibility={config.visibility} />
            <span>
              {t("cards.author", { name: config.author?.displayName || t("cards.unknown") })}
            </span>
            <span>
              ·{" "}
              {t("cards.stats", {
                uses: config.stats.usesCount,
                saves: config.stats.savesCount,
              })}
            </span>
          </div>
          <UnpublishButton config={config} />
        </li>
      ))}
    </ul>
  );
}

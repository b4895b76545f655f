import { getTranslations } from "next-intl/server";
import { splitModelId } from "@/components/common/format";
import type { AdminUserDetailDto } from "@/lib/admin/dto";
import { getFormat } from "@/lib/i18n/server-format";
import { DataTable } from "../data-table";

/** The model's own name first, its provider under it: ids are long and break badly on a phone. */
function ModelName({ modelId }: { modelId: string }) {
  const { provider, name } = splitModelId(modelId);
  return (
    <>
      <span className="block break-words font-medium">{name}</span>
      {provider ? <span className="block text-xs text-muted-foreground">{provider}</span> : null}
    </>
  );
}

/** Every model the user has had replies from, most expensive first, from the usage history. */
export async function UserModelsTable({ byModel }: { byModel: AdminUserDetailDto["byModel"] }) {
  const [t, f] = await Promise.all([getTranslations("admin.user.models"), getFormat()]);
  return (
    <section aria-labelledby="user-models-title" className="space-y-3">
      <div>
        <h2 id="user-models-title" className="text-base font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("description")}</p>
      </div>
      {byModel.length === 0 ? (
        <p className="rounded-xl border border-dashed px-4 py-8 text-center text-sm text-muted-foreground">
          {t("empty")}
        </p>
      ) : (
        <DataTable
          columns={[
            { label: t("model") },
            { label: t("replies"), align: "right", className: "hidden sm:table-cell" },
            { label: t("tokens"), align: "right" },
            { label: t("cost"), align: "right" },
          ]}
        >
          <tbody className="divide-y">
            {byModel.map((row) => (
              <tr key={row.modelId}>
                <th scope="row" className="px-3 py-2.5 text-left font-normal">
                  <ModelName modelId={row.modelId} />
                </th>
                <td className="hidden px-3 py-2.5 text-right tabular-nums sm:table-cell">
                  {f.count(row.replies)}
                </td>
                <td className="px-3 py-2.5 text-right tabular-nums">{f.count(row.tokens)}</td>
                <td className="px-3 py-2.5 text-right tabular-nums">{f.usd(row.costUsd)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}

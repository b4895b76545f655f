import type { Metadata } from "next";
import { OperationList } from "@/components/api-docs/operation-list";
import { PageHeader } from "@/components/common/page-header";
import { requirePageUser } from "@/lib/auth/page";
import { OPERATIONS } from "@/lib/openapi/document";

export const metadata: Metadata = { title: "API" };

export default async function ApiDocsPage() {
  await requirePageUser();
  return (
    <div className="mx-auto w-full max-w-4xl space-y-6 px-4 py-8 sm:px-6">
      <PageHeader
        title="API"
        description={
          <>
            Every route accepts your session or a personal API key from Settings as{" "}
            <code className="font-mono text-xs">Authorization: Bearer uc_…</code>. Tools built for
            OpenAI's API work with the base URL <code className="font-mono text-xs">/api/v1</code>.
            The machine-readable description is{" "}
            <a className="underline underline-offset-4" href="/api/openapi.json">
              /api/openapi.json
            </a>{" "}
            (OpenAPI 3.1).
          </>
        }
      />
      <OperationList operations={OPERATIONS} />
    </div>
  );
}

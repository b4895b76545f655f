import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { AuthLink } from "./auth-link";

/** A page opened without the token its emailed link carries. */
export function MissingLink({ retryHref, retryLabel }: { retryHref: string; retryLabel: string }) {
  const t = useTranslations("auth");
  return (
    <div className="space-y-4">
      <Alert variant="destructive">{t("missingLink")}</Alert>
      <p className="text-center text-sm">
        <AuthLink href={retryHref}>{retryLabel}</AuthLink>
      </p>
    </div>
  );
}

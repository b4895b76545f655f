import { Alert } from "@/components/ui/alert";
import { AuthLink } from "./auth-link";

/** A page opened without the token its emailed link carries. */
export function MissingLink({ retryHref, retryLabel }: { retryHref: string; retryLabel: string }) {
  return (
    <div className="space-y-4">
      <Alert variant="destructive">
        This page needs the whole link from the email. Open the link again, or copy all of it into
        the address bar.
      </Alert>
      <p className="text-center text-sm">
        <AuthLink href={retryHref}>{retryLabel}</AuthLink>
      </p>
    </div>
  );
}

import Link from "next/link";
import { userHref } from "../links";

interface UserNameLinkProps {
  id: string;
  displayName: string;
  email: string;
}

/** A user in a list: their name, which opens their page, and their email under it. */
export function UserNameLink({ id, displayName, email }: UserNameLinkProps) {
  return (
    <>
      <Link
        href={userHref(id)}
        className="block truncate font-medium hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        {displayName || email}
      </Link>
      <span className="block truncate text-xs text-muted-foreground">{email}</span>
    </>
  );
}

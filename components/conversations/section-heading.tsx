import type { ReactNode } from "react";

interface SectionHeadingProps {
  id?: string;
  children: ReactNode;
  /** A small button at the end of the line, e.g. "New folder". */
  action?: ReactNode;
}

/** The small caption above a group of the sidebar ("Folders", "Today", …). */
export function SectionHeading({ id, children, action }: SectionHeadingProps) {
  return (
    <div className="flex h-8 items-center justify-between gap-2 px-2.5 pt-1.5">
      <h2 id={id} className="text-xs font-medium text-muted-foreground">
        {children}
      </h2>
      {action}
    </div>
  );
}

"use client";

import { RouteError, type RouteErrorProps } from "@/components/common/route-error";

export default function RootError(props: RouteErrorProps) {
  return (
    <main className="flex min-h-dvh flex-col">
      <RouteError {...props} area="root" />
    </main>
  );
}

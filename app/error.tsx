"use client";

import { RouteError, type RouteErrorProps } from "@/components/common/route-error";

export default function RootError(props: RouteErrorProps) {
  return (
    <main className="flex min-h-dvh flex-col">
      <RouteError
        {...props}
        title="Something went wrong"
        description="The page hit an unexpected problem. Try again; if it keeps happening, tell your administrator."
        exit={{ href: "/chat", label: "Go to chat" }}
      />
    </main>
  );
}

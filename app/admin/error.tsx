"use client";

import { RouteError, type RouteErrorProps } from "@/components/common/route-error";

export default function AdminError(props: RouteErrorProps) {
  return (
    <RouteError
      {...props}
      title="This admin page couldn't load"
      description="Something went wrong on our side or the database did not answer. Try again in a moment."
      exit={{ href: "/admin", label: "Go to the dashboard" }}
    />
  );
}

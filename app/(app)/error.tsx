"use client";

import { RouteError, type RouteErrorProps } from "@/components/common/route-error";

export default function AppError(props: RouteErrorProps) {
  return (
    <RouteError
      {...props}
      title="This page couldn't load"
      description="Something went wrong on our side or the connection dropped. Try again in a moment."
      exit={{ href: "/chat", label: "Go to chat" }}
    />
  );
}

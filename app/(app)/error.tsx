"use client";

import { RouteError, type RouteErrorProps } from "@/components/common/route-error";

export default function AppError(props: RouteErrorProps) {
  return <RouteError {...props} area="app" />;
}

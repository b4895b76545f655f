"use client";

import { RouteError, type RouteErrorProps } from "@/components/common/route-error";

export default function AdminError(props: RouteErrorProps) {
  return <RouteError {...props} area="admin" />;
}

import { SlidersHorizontal } from "lucide-react";
import { ErrorState } from "@/components/layout/error-state";

export default function ConfigNotFound() {
  return (
    <ErrorState
      icon={SlidersHorizontal}
      title="Config not found"
      description="It may have been deleted, or its author no longer shares it."
      links={[
        { href: "/gallery", label: "Browse the gallery" },
        { href: "/configs", label: "My configs" },
      ]}
    />
  );
}

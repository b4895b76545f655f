import { SlidersHorizontal } from "lucide-react";
import { NotFoundState } from "@/components/common/not-found-state";

export default function ConfigNotFound() {
  return (
    <NotFoundState
      icon={SlidersHorizontal}
      title="Config not found"
      description="It may have been deleted, or its author no longer shares it."
      exits={[
        { href: "/gallery", label: "Browse the gallery" },
        { href: "/configs", label: "My configs" },
      ]}
    />
  );
}

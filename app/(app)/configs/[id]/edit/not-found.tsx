import { SlidersHorizontal } from "lucide-react";
import { ErrorState } from "@/components/layout/error-state";

export default function ConfigNotFound() {
  return (
    <ErrorState
      icon={SlidersHorizontal}
      title="Config not found"
      description="It may have been deleted, or it belongs to someone else. You can only edit your own configs; fork a shared one from the gallery to make it yours."
      links={[
        { href: "/configs", label: "My configs" },
        { href: "/gallery", label: "Browse the gallery" },
      ]}
    />
  );
}

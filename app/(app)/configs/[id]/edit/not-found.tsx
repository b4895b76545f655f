import { SlidersHorizontal } from "lucide-react";
import { NotFoundState } from "@/components/common/not-found-state";

export default function ConfigNotFound() {
  return (
    <NotFoundState
      icon={SlidersHorizontal}
      title="Config not found"
      description="It may have been deleted, or it belongs to someone else. You can only edit your own configs; fork a shared one from the gallery to make it yours."
      exits={[
        { href: "/configs", label: "My configs" },
        { href: "/gallery", label: "Browse the gallery" },
      ]}
    />
  );
}

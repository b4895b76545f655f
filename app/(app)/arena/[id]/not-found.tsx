import { Swords } from "lucide-react";
import { ErrorState } from "@/components/layout/error-state";

export default function ArenaSessionNotFound() {
  return (
    <ErrorState
      icon={Swords}
      title="Comparison not found"
      description="It may have been deleted, or the link points to someone else's comparison."
      links={[{ href: "/arena", label: "Go to the arena" }]}
    />
  );
}

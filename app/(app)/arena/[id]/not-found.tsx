import { Swords } from "lucide-react";
import { NotFoundState } from "@/components/common/not-found-state";

export default function ArenaSessionNotFound() {
  return (
    <NotFoundState
      icon={Swords}
      title="Comparison not found"
      description="It may have been deleted, or the link points to someone else's comparison."
      exits={[{ href: "/arena", label: "Go to the arena" }]}
    />
  );
}

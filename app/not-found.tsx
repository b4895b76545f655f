import { NotFoundState } from "@/components/common/not-found-state";

export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col">
      <NotFoundState subject="page" />
    </main>
  );
}

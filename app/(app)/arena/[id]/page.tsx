import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArenaView } from "@/components/arena/arena-view";
import { getArenaSession } from "@/lib/arena/get";
import { requirePageUser } from "@/lib/auth/page";
import { AppError } from "@/lib/errors";

interface PageProps {
  params: Promise<{ id: string }>;
}

// Metadata and the page read the session once per request.
const loadSession = cache(async (id: string) => {
  const user = await requirePageUser();
  try {
    return await getArenaSession(user, id);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { id } = await params;
  const session = await loadSession(id);
  return { title: session.title };
}

export default async function ArenaSessionPage({ params }: PageProps) {
  const { id } = await params;
  const session = await loadSession(id);
  // Keyed by id: another comparison starts from a fresh stream state.
  return <ArenaView key={id} initial={session} />;
}

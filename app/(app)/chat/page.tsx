import type { Metadata } from "next";
import Link from "next/link";
import { LogoMark } from "@/components/layout/logo";
import { requirePageUser } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Chat" };

export default async function ChatPage() {
  const user = await requirePageUser();
  const firstName = user.displayName.trim().split(/\s+/)[0] ?? "";

  return (
    <div className="flex flex-1 flex-col items-center justify-center px-4 py-16 text-center">
      <LogoMark className="mb-6 h-12 w-12 rounded-2xl" />
      <p className="text-sm font-medium text-muted-foreground">
        {firstName ? `Hi ${firstName}` : "Hi there"}
      </p>
      <h1 className="mt-1 text-balance text-2xl font-semibold tracking-tight sm:text-3xl">
        What can I help with?
      </h1>
      <p className="mt-3 max-w-md text-balance text-sm text-muted-foreground">
        Conversations with your team's models will live here. Chatting is not switched on yet; it
        arrives with the next update. Meanwhile, you can set up your profile in{" "}
        <Link href="/settings" className="font-medium text-foreground underline underline-offset-4">
          Settings
        </Link>
        .
      </p>
    </div>
  );
}

import {
  FileQuestion,
  type LucideIcon,
  MessageSquareOff,
  SlidersHorizontal,
  Swords,
  UserX,
} from "lucide-react";
import { ErrorState } from "@/components/layout/error-state";

interface Exit {
  href: string;
  label: string;
}

const CHAT = { href: "/chat", label: "Go to chat" };
const GALLERY = { href: "/gallery", label: "Browse the gallery" };
const MY_CONFIGS = { href: "/configs", label: "My configs" };

/** A record behind a link that is gone, or is someone else's: the same words for every kind. */
function someoneElses(noun: string, icon: LucideIcon, exit: Exit) {
  return {
    icon,
    title: `${noun.charAt(0).toUpperCase()}${noun.slice(1)} not found`,
    description: `It may have been deleted, or the link points to someone else's ${noun}.`,
    exits: [exit],
  };
}

/**
 * What each page says when its subject is not there (deleted, or someone
 * else's), and where it offers to go instead: the first exit is the main one.
 */
const SUBJECTS = {
  page: {
    icon: FileQuestion,
    title: "Page not found",
    description:
      "This page doesn't exist or was moved. Check the address, or head back to your chats.",
    exits: [CHAT],
  },
  conversation: someoneElses("conversation", MessageSquareOff, {
    href: "/chat",
    label: "Start a new chat",
  }),
  comparison: someoneElses("comparison", Swords, { href: "/arena", label: "Go to the arena" }),
  config: {
    icon: SlidersHorizontal,
    title: "Config not found",
    description: "It may have been deleted, or its author no longer shares it.",
    exits: [GALLERY, MY_CONFIGS],
  },
  ownConfig: {
    icon: SlidersHorizontal,
    title: "Config not found",
    description:
      "It may have been deleted, or it belongs to someone else. You can only edit your own configs; fork a shared one from the gallery to make it yours.",
    exits: [MY_CONFIGS, GALLERY],
  },
  user: {
    icon: UserX,
    title: "User not found",
    description: "The account may have been deleted, or the link is incomplete.",
    exits: [{ href: "/admin/users", label: "Back to users" }],
  },
};

/** A page whose subject is not there: say so, and offer a way on. */
export function NotFoundState({ subject }: { subject: keyof typeof SUBJECTS }) {
  const { exits, ...state } = SUBJECTS[subject];
  return <ErrorState {...state} links={exits} />;
}

import {
  FileQuestion,
  type LucideIcon,
  MessageSquareOff,
  SlidersHorizontal,
  Swords,
  UserX,
} from "lucide-react";
import { useTranslations } from "next-intl";
import { ErrorState } from "@/components/layout/error-state";
import type { Messages } from "@/lib/i18n/messages";

type Exit = keyof Messages["common"]["notFound"]["exits"];

const EXITS: Record<Exit, string> = {
  chat: "/chat",
  newChat: "/chat",
  arena: "/arena",
  gallery: "/gallery",
  myConfigs: "/configs",
  users: "/admin/users",
};

/**
 * What each page shows when its subject is not there (deleted, or someone
 * else's), and where it offers to go instead: the first exit is the main one.
 */
const SUBJECTS = {
  page: { icon: FileQuestion, exits: ["chat"] },
  conversation: { icon: MessageSquareOff, exits: ["newChat"] },
  comparison: { icon: Swords, exits: ["arena"] },
  config: { icon: SlidersHorizontal, exits: ["gallery", "myConfigs"] },
  ownConfig: { icon: SlidersHorizontal, exits: ["myConfigs", "gallery"] },
  user: { icon: UserX, exits: ["users"] },
} satisfies Record<string, { icon: LucideIcon; exits: Exit[] }>;

/** A page whose subject is not there: say so, and offer a way on. */
export function NotFoundState({ subject }: { subject: keyof typeof SUBJECTS }) {
  const t = useTranslations("common.notFound");
  const { icon, exits } = SUBJECTS[subject];
  return (
    <ErrorState
      icon={icon}
      title={t(`${subject}.title`)}
      description={t(`${subject}.description`)}
      links={exits.map((exit: Exit) => ({ href: EXITS[exit], label: t(`exits.${exit}`) }))}
    />
  );
}

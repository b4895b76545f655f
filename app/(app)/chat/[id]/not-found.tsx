import { NotFoundState } from "@/components/common/not-found-state";

export default function ConversationNotFound() {
  return <NotFoundState subject="conversation" />;
}

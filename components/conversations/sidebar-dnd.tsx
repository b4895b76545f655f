"use client";

import {
  type Announcements,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { MessageSquare } from "lucide-react";
import { useTranslations } from "next-intl";
import { type ReactNode, useMemo, useState } from "react";
import { createPortal } from "react-dom";
import { type ConversationListItem, useUpdateConversation } from "./data";
import { dragConversation, dropTarget } from "./drag-data";
import { besidePointer, jumpBetweenTargets } from "./drag-position";

// Keyboard drags carry no pointer, so they fall back to the overlap of rectangles.
const detectTarget: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

/** Lets conversations be dragged onto folders (or back to the main list) by mouse, touch or keyboard. */
export function SidebarDnd({ children }: { children: ReactNode }) {
  const t = useTranslations("conversations.drag");
  const update = useUpdateConversation();
  const [dragged, setDragged] = useState<ConversationListItem | null>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    // A long press, so a swipe still scrolls the list in the phone drawer.
    useSensor(TouchSensor, { activationConstraint: { delay: 300, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: jumpBetweenTargets }),
  );

  // What a screen reader hears as a conversation is picked up, carried and dropped.
  const accessibility = useMemo(() => {
    const titleOf = (data: Parameters<typeof dragConversation>[0]) =>
      dragConversation(data)?.title ?? t("untitled");
    const targetOf = (data: Parameters<typeof dropTarget>[0]) => dropTarget(data)?.label ?? "";
    const announcements: Announcements = {
      onDragStart: ({ active }) => t("pickedUp", { title: titleOf(active.data) }),
      onDragOver: ({ over }) => (over ? t("over", { target: targetOf(over.data) }) : t("notOver")),
      onDragEnd: ({ active, over }) =>
        over
          ? t("dropped", { title: titleOf(active.data), target: targetOf(over.data) })
          : t("droppedNowhere", { title: titleOf(active.data) }),
      onDragCancel: ({ active }) => t("cancelled", { title: titleOf(active.data) }),
    };
    return { announcements, screenReaderInstructions: { draggable: t("instructions") } };
  }, [t]);

  function handleDragEnd({ active, over }: DragEndEvent) {
    setDragged(null);
    const conversation = dragConversation(active.data);
    const target = dropTarget(over?.data);
    if (!conversation || !target || target.folderId === conversation.folderId) return;
    update.mutate({
      conversation,
      patch: { folderId: target.folderId },
      failure: t("moveFailed", { title: conversation.title, target: target.label }),
    });
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={detectTarget}
      accessibility={accessibility}
      onDragStart={({ active }) => setDragged(dragConversation(active.data) ?? null)}
      onDragEnd={handleDragEnd}
      onDragCancel={() => setDragged(null)}
    >
      {children}
      {dragged
        ? createPortal(
            <DragOverlay dropAnimation={null} modifiers={[besidePointer]}>
              <div className="flex h-8 w-fit max-w-48 items-center gap-2 rounded-lg border bg-popover/95 px-2.5 text-sm font-medium text-popover-foreground shadow-lg">
                <MessageSquare className="h-4 w-4 shrink-0 text-brand" aria-hidden="true" />
                <span className="truncate">{dragged.title}</span>
              </div>
            </DragOverlay>,
            document.body,
          )
        : null}
    </DndContext>
  );
}

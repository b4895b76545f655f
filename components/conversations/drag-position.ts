import type { ClientRect, KeyboardCoordinateGetter, Modifier } from "@dnd-kit/core";

/**
 * Arrow keys jump from one drop target to the next (folders, then the main
 * list) instead of nudging the item 25 pixels at a time.
 */
export const jumpBetweenTargets: KeyboardCoordinateGetter = (
  event,
  { context, currentCoordinates },
) => {
  const step = event.code === "ArrowDown" ? 1 : event.code === "ArrowUp" ? -1 : 0;
  if (step === 0) return undefined;
  event.preventDefault();

  const targets = context.droppableContainers
    .getEnabled()
    .map((container) => context.droppableRects.get(container.id))
    .filter((rect): rect is ClientRect => rect !== undefined)
    .sort((a, b) => a.top - b.top);
  const overRect = context.over ? context.droppableRects.get(context.over.id) : undefined;
  const from = overRect?.top ?? currentCoordinates.y;
  const next =
    step > 0
      ? targets.find((rect) => rect.top > from + 1)
      : targets.reverse().find((rect) => rect.top < from - 1);
  // Offset to the right so the highlighted target still shows beside the dragged pill.
  return next ? { x: next.left + 48, y: next.top + 2 } : currentCoordinates;
};

function pointerOf(event: Event | null): { x: number; y: number } | null {
  if (event instanceof MouseEvent) return { x: event.clientX, y: event.clientY };
  if (typeof TouchEvent !== "undefined" && event instanceof TouchEvent) {
    const touch = event.touches[0] ?? event.changedTouches[0];
    return touch ? { x: touch.clientX, y: touch.clientY } : null;
  }
  return null;
}

/**
 * Keeps the dragged pill just below and right of the pointer instead of
 * under it, so the highlighted folder beneath stays visible.
 */
export const besidePointer: Modifier = ({ activatorEvent, draggingNodeRect, transform }) => {
  const pointer = pointerOf(activatorEvent);
  if (!pointer || !draggingNodeRect) return transform;
  return {
    ...transform,
    x: transform.x + pointer.x - draggingNodeRect.left + 14,
    y: transform.y + pointer.y - draggingNodeRect.top + 10,
  };
};

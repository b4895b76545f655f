// What the sidebar fetches to drag and drop: the library and what it builds on it (see drag-kit.tsx).
export { useDraggable, useDroppable } from "@dnd-kit/core";
export { SidebarDnd } from "./sidebar-dnd";

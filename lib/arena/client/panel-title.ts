import type { ArenaPanelDto } from "@/lib/arena/dto";

/** "Model B" while the panel is hidden; its config's or model's name once shown. */
export function panelTitle(panel: ArenaPanelDto): string {
  return panel.name ?? `Model ${panel.label}`;
}

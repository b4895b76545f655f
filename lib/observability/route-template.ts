import { readFileSync } from "node:fs";
import path from "node:path";

type Segment =
  | { kind: "static"; name: string }
  | { kind: "dynamic" }
  | { kind: "rest"; optional: boolean };

interface Pattern {
  template: string;
  segments: Segment[];
  /** Static segments beat dynamic ones, which beat catch-alls. */
  weight: number;
}

function parse(template: string): Pattern {
  const segments: Segment[] = template
    .split("/")
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith("[[...")) return { kind: "rest", optional: true };
      if (part.startsWith("[...")) return { kind: "rest", optional: false };
      if (part.startsWith("[")) return { kind: "dynamic" };
      return { kind: "static", name: part };
    });
  const weights = { static: 3, dynamic: 2, rest: 1 };
  return {
    template,
    segments,
    weight: segments.reduce((sum, segment) => sum + weights[segment.kind], 0),
  };
}

function matches(segments: Segment[], parts: string[]): boolean {
  for (const [index, segment] of segments.entries()) {
    if (segment.kind === "rest") return segment.optional || parts.length > index;
    const part = parts[index];
    if (part === undefined) return false;
    if (segment.kind === "static" && segment.name !== part) return false;
  }
  return segments.length === parts.length;
}

/**
 * Maps a request path to the route template that serves it
 * (`/api/conversations/abc` → `/api/conversations/[id]`), so logs and
 * metrics never carry ids or raw URLs. Unknown paths are "other".
 */
export function routeMatcher(templates: string[]): (pathname: string) => string {
  const patterns = templates.map(parse).sort((a, b) => b.weight - a.weight);
  return (pathname) => {
    if (pathname.startsWith("/_next/static/")) return "/_next/static";
    const parts = pathname.split("/").filter(Boolean);
    return patterns.find((pattern) => matches(pattern.segments, parts))?.template ?? "other";
  };
}

/** The app's routes as the build lists them (pages and route handlers, route groups left out). */
export function builtRouteTemplates(distDir: string): string[] {
  try {
    const file = path.join(distDir, "app-path-routes-manifest.json");
    const manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
    return [...new Set(Object.values(manifest))];
  } catch {
    // A dev server writes it as it compiles routes; until then paths count as "other".
    return [];
  }
}

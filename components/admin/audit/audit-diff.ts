/** One field of an audit entry's before/after pair, as the diff view lists it. */
export interface DiffLine {
  /** Dotted path into the recorded value; empty when the value is not an object. */
  path: string;
  /** JSON text; undefined when the field is absent on that side. */
  before?: string;
  after?: string;
  change: "added" | "removed" | "changed" | "same";
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Objects become one entry per leaf; arrays and scalars are leaves, shown as JSON. */
function flatten(value: unknown, prefix: string, into: Map<string, string>): void {
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    for (const [key, inner] of Object.entries(value)) {
      flatten(inner, prefix ? `${prefix}.${key}` : key, into);
    }
    return;
  }
  // Nothing recorded on this side (a creation has no before, a deletion no after).
  if (value === undefined || (value === null && prefix === "")) return;
  into.set(prefix, JSON.stringify(value));
}

function leaves(value: unknown): Map<string, string> {
  const into = new Map<string, string>();
  flatten(value, "", into);
  return into;
}

/** Field by field, what an admin action changed, in the order the fields were recorded. */
export function diffValues(before: unknown, after: unknown): DiffLine[] {
  const old = leaves(before);
  const next = leaves(after);
  const paths = [...new Set([...old.keys(), ...next.keys()])];
  return paths.map((path) => {
    const was = old.get(path);
    const is = next.get(path);
    if (was === undefined) return { path, after: is, change: "added" };
    if (is === undefined) return { path, before: was, change: "removed" };
    return { path, before: was, after: is, change: was === is ? "same" : "changed" };
  });
}

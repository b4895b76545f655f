// A label value per model the catalogue lists keeps series bounded; any
// other id a caller sends becomes "other". On globalThis: the catalogue
// runs in Next's module graph, the request hook outside it.
const store = globalThis as typeof globalThis & { __uniChatKnownModels?: Set<string> };

/** Called whenever the catalogue loads its list. */
export function rememberCatalogueModels(ids: string[]): void {
  store.__uniChatKnownModels = new Set(ids);
}

/** The model's id as a metric label: its own when the catalogue lists it, else "other". */
export function modelLabel(id: string): string {
  return store.__uniChatKnownModels?.has(id) ? id : "other";
}

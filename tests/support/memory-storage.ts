import { afterEach, beforeEach, vi } from "vitest";

/** A Web Storage in memory, for code that reads window.localStorage or sessionStorage. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

/** Gives every test of the calling suite a fresh, empty window.sessionStorage. */
export function stubSessionStorage(): { readonly current: Storage } {
  const stub = { current: memoryStorage() };
  beforeEach(() => {
    stub.current = memoryStorage();
    vi.stubGlobal("window", { sessionStorage: stub.current });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  return stub;
}

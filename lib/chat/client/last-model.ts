const LAST_MODEL_KEY = "uni-chat:last-model";

/** The model last picked in this browser: a preference, nothing secret. */
export function readLastModel(): string | null {
  try {
    return window.localStorage.getItem(LAST_MODEL_KEY);
  } catch {
    return null;
  }
}

export function rememberModel(modelId: string): void {
  try {
    window.localStorage.setItem(LAST_MODEL_KEY, modelId);
  } catch {
    // Private mode or storage full: the choice simply is not remembered.
  }
}

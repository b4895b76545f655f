/**
 * What the model reads. Chat-completion image models have no negative
 * prompt field, so what to leave out is said in words after the prompt.
 */
export function promptText(prompt: string, negativePrompt: string): string {
  return negativePrompt ? `${prompt}\n\nAvoid: ${negativePrompt}` : prompt;
}

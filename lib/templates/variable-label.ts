/**
 * A variable's name as a field label: "target_language" and "targetLanguage"
 * both read "Target language"; an abbreviation such as "URL" keeps its capitals.
 */
export function variableLabel(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((word) => (word.length > 1 && word === word.toUpperCase() ? word : word.toLowerCase()));
  const label = words.join(" ");
  return label ? label.charAt(0).toUpperCase() + label.slice(1) : name;
}

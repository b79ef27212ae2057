// `${{NAME}}` placeholders in the Teams manifest files (the Microsoft 365 Agents Toolkit
// convention), filled in parsed JSON so a value can never break the file's syntax.

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

function mapStrings(value: JsonValue, map: (text: string) => string): JsonValue {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]));
  }
  return value;
}

/** The placeholder names used anywhere in the given JSON values, sorted, each once. */
export function findPlaceholders(...values: JsonValue[]): string[] {
  const names = new Set<string>();
  for (const value of values) {
    mapStrings(value, (text) => {
      for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1]!);
      return text;
    });
  }
  return [...names].sort();
}

/** A copy of `value` with every placeholder replaced; a placeholder without a value is a bug in the caller. */
export function fillPlaceholders(value: JsonValue, values: Readonly<Record<string, string>>): JsonValue {
  return mapStrings(value, (text) =>
    text.replace(PLACEHOLDER, (_whole, name: string) => {
      const filled = values[name];
      if (filled === undefined) throw new Error(`No value for the placeholder \${{${name}}}`);
      return filled;
    }),
  );
}

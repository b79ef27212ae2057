// A `.env` file for local packaging: simple KEY=VALUE lines, no dependency. The process
// environment wins over the file, so CI and one-off overrides need no file edits.
import { existsSync, readFileSync } from 'node:fs';

export type Environment = Readonly<Record<string, string | undefined>>;

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;

/** Reads `KEY=VALUE` lines; `#` starts a comment line (or, after a space, an unquoted value's tail). */
export function parseDotEnv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(#|$)/.test(line)) continue;
    const match = LINE.exec(line);
    if (!match) continue;
    const raw = match[2]!;
    const quoted = /^(["'])(.*)\1$/.exec(raw);
    values[match[1]!] = quoted ? quoted[2]! : raw.replace(/\s+#.*$/, '');
  }
  return values;
}

/** The file's values, or none when it does not exist. */
export function readDotEnv(file: string): Record<string, string> {
  return existsSync(file) ? parseDotEnv(readFileSync(file, 'utf8')) : {};
}

/** File values overridden by every non-empty environment value. */
export function withDotEnv(fileValues: Readonly<Record<string, string>>, environment: Environment): Record<string, string> {
  const merged: Record<string, string> = { ...fileValues };
  for (const [key, value] of Object.entries(environment)) {
    if (value !== undefined && value !== '') merged[key] = value;
  }
  return merged;
}

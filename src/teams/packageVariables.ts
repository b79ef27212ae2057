// What each manifest placeholder must hold, checked before anything is written so a wrong value
// is reported by name here instead of as a rejected upload in Teams.
import type { Environment } from './dotEnv';

interface VariableRule {
  /** What the variable must hold, for the error message. */
  readonly expected: string;
  readonly isValid: (value: string) => boolean;
}

const GUID = /^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
/** DNS labels of letters, digits and inner hyphens: no scheme, port, path or trailing dot. */
const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

export const VARIABLE_RULES: Readonly<Record<string, VariableRule>> = {
  TEAMS_APP_ID: {
    expected: 'the Teams app id, a GUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    isValid: (value) => GUID.test(value),
  },
  BOT_ID: {
    expected: "the bot's Microsoft App Id (the same as MicrosoftAppId), a GUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301",
    isValid: (value) => GUID.test(value),
  },
  PUBLIC_HOSTNAME: {
    expected: 'the public host name of the bot, without scheme, port or path, such as mgi-bot.example.org',
    isValid: (value) => HOST_NAME.test(value),
  },
};

export type ResolvedVariables =
  | { readonly ok: true; readonly values: Readonly<Record<string, string>> }
  | { readonly ok: false; readonly problems: readonly string[] };

/** The value of each named variable, or one message per variable that is missing or malformed. */
export function resolveVariables(names: readonly string[], environment: Environment): ResolvedVariables {
  const values: Record<string, string> = {};
  const problems: string[] = [];
  for (const name of names) {
    const value = environment[name]?.trim();
    const rule: VariableRule | undefined = VARIABLE_RULES[name];
    const expected = rule?.expected ?? `a value for \${{${name}}} in the manifest`;
    if (!value) problems.push(`${name} is not set: expected ${expected}.`);
    else if (rule && !rule.isValid(value)) problems.push(`${name} is "${value}": expected ${expected}.`);
    else values[name] = value;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, values };
}

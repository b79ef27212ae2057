// Configuration, read once from the environment, with defaults that run on a laptop.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The project folder (holds package.json and knowledge/), whether running from src/ or dist/. */
export const projectRoot: string = (() => {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
})();

export interface Config {
  readonly port: number;
  /** Host to listen on. */
  readonly host: string;
  /** Base of public links (citations, source pages). */
  readonly publicUrl: string;
  readonly knowledgeDir: string;
  /** Longest question the bot answers; longer ones get a polite request to shorten. */
  readonly maxQuestionLength: number;
  /** Bot Framework credentials; all empty means anonymous (Emulator, local tests). */
  readonly bot: {
    readonly appId: string;
    readonly appPassword: string;
    readonly appType: string;
    readonly appTenantId: string;
  };
  /**
   * Where conversation state is kept. An empty connection string keeps it in memory (one instance);
   * an Azure Storage connection string keeps it in that account's blob container, shared by every instance.
   */
  readonly storage: {
    readonly connectionString: string;
    /** Blob container name (Azure rules: 3–63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit). */
    readonly container: string;
  };
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/** Azure's rules for a blob container name. */
const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(name, `must be an integer from ${min} to ${max} (got "${raw}")`);
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integer(env, 'PORT', 3978, 0, 65535);
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(publicUrl)) throw new ConfigError('PUBLIC_URL', `must be an http(s) URL (got "${publicUrl}")`);
  const logLevel = (env.LOG_LEVEL || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  const container = env.AZURE_STORAGE_CONTAINER || 'mgi-bot-state';
  if (!CONTAINER_NAME.test(container)) throw new ConfigError('AZURE_STORAGE_CONTAINER', `must be an Azure blob container name: 3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit (got "${container}")`);
  return {
    port,
    host: env.HOST || '0.0.0.0',
    publicUrl,
    knowledgeDir: path.resolve(projectRoot, env.KNOWLEDGE_DIR || 'knowledge'),
    maxQuestionLength: integer(env, 'MAX_QUESTION_LENGTH', 2000, 50, 100000),
    bot: {
      appId: env.MicrosoftAppId ?? '',
      appPassword: env.MicrosoftAppPassword ?? '',
      appType: env.MicrosoftAppType || 'MultiTenant',
      appTenantId: env.MicrosoftAppTenantId ?? '',
    },
    storage: {
      connectionString: env.AZURE_STORAGE_CONNECTION_STRING?.trim() ?? '',
      container,
    },
    logLevel,
  };
}

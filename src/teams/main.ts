// `npm run package [-- --out file.zip]`: the Teams app package (build/appPackage.zip by default)
// from manifest/, with placeholder values from the environment, then from `.env` if present.
import path from 'node:path';
import { projectRoot } from '../config/config';
import { readDotEnv, withDotEnv } from './dotEnv';
import { packageTeamsApp } from './packageTeamsApp';

const DEFAULT_PACKAGE_FILE = path.join(projectRoot, 'build', 'appPackage.zip');

async function main(): Promise<void> {
  const at = process.argv.indexOf('--out');
  const out = at > 0 ? process.argv[at + 1] : undefined;
  const environment = withDotEnv(readDotEnv(path.join(projectRoot, '.env')), process.env);
  const result = await packageTeamsApp({
    manifestDir: path.join(projectRoot, 'manifest'),
    outputFile: out ? path.resolve(out) : DEFAULT_PACKAGE_FILE,
    environment,
  });
  console.log(`Wrote ${path.relative(process.cwd(), result.outputFile)} (${result.files.join(', ')}) for ${Object.entries(result.values).map(([name, value]) => `${name}=${value}`).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

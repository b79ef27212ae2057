import { parseAskArguments, runAsk } from '../../src/cli/ask';

describe('npm run ask', () => {
  test('prints the cited answer', async () => {
    const { output, exitCode } = await runAsk(['What does Manaus offer migrants in health?'], { LOG_LEVEL: 'silent' });
    expect(exitCode).toBe(0);
    expect(output).toContain('288 Basic Health Units');
    expect(output).toContain('[1]: http://localhost:3978/sources/manaus-2023/migrants-rights/developed-1');
  });

  test('--json prints the /api/ask JSON', async () => {
    const { output } = await runAsk(['--json', 'Que couvre le domaine Partenariats ?'], {});
    expect(JSON.parse(output)).toMatchObject({ language: 'fr', answered: true, domain: 'partnerships' });
  });

  test('without a question it prints the usage and exits 2', async () => {
    expect(await runAsk([], {})).toMatchObject({ exitCode: 2, output: expect.stringContaining('Usage') });
    expect(parseAskArguments(['--lang', 'de', 'x'])).toEqual({ error: expect.stringContaining('--lang takes en or fr') });
  });
});

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
    expect(parseAskArguments(['--lang'])).toEqual({ error: expect.stringContaining('--lang takes a language code') });
    expect(await runAsk(['--lang', 'de', 'x'], {})).toMatchObject({ exitCode: 2, output: expect.stringContaining('--lang takes one of en, fr') });
  });

  test('--explain prints how the question was read and why it was answered', async () => {
    const { output, exitCode } = await runAsk(['--explain', 'What does Manaus offer migrants in health?'], {});
    expect(exitCode).toBe(0);
    expect(output).toMatch(/^language: en/);
    expect(output).toMatch(/topic words: .*health/);
    expect(output).toContain('manaus-2023/migrants-rights/developed-1');
    expect(output).toMatch(/decision: answer/);
  });
});

// What Teams enforces, checked on the reply to every evaluation question as it would go to Teams.
import { answerReply } from '../../src/bot/replies';
import { answerQuestion } from '../../src/presentation/answer';
import { loadQuestions } from '../../src/eval/loadQuestions';
import { knowledgeIndex } from '../support/knowledge';

type Claim = { position: number; appearance: { '@type': string; name: string; abstract: string; keywords: string[]; url: string } };

test('every reply to the evaluation questions stays within the limits Teams enforces', async () => {
  const index = await knowledgeIndex();
  const questions = await loadQuestions();
  let cited = 0;
  for (const question of questions) {
    const reply = answerReply(answerQuestion(index, question.q, {}, { publicUrl: 'https://mgi.example.org' }), { channelId: 'msteams', recipientId: 'user', knowledge: index.knowledge });
    const messages = (reply.entities ?? []).filter((e) => e.type === 'https://schema.org/Message');
    const problems: string[] = [];
    if (messages.length > 1) problems.push(`${messages.length} root Message entities`);
    const citations = ((messages[0] as { citation?: Claim[] } | undefined)?.citation ?? []);
    if (citations.length > 0) cited++;
    // Teams allows 20; the Agents Playground refuses more than 10, so answers keep to 10.
    if (citations.length > 10) problems.push(`${citations.length} citations`);
    citations.forEach((c, i) => {
      if (c.position !== i + 1) problems.push(`citation ${i} has position ${c.position}`);
      if (c.appearance['@type'] !== 'DigitalDocument') problems.push(`citation ${i} is not a DigitalDocument`);
      if (c.appearance.name.length > 80) problems.push(`citation ${i} name ${c.appearance.name.length} chars`);
      if (!c.appearance.abstract || c.appearance.abstract.length > 160) problems.push(`citation ${i} abstract ${c.appearance.abstract?.length ?? 0} chars`);
      if (c.appearance.keywords.length > 3 || c.appearance.keywords.some((k) => k.length > 28)) problems.push(`citation ${i} keywords ${JSON.stringify(c.appearance.keywords)}`);
      if (!reply.text?.includes(`[${c.position}]`)) problems.push(`citation ${c.position} has no [${c.position}] marker in the text`);
    });
    for (const attachment of reply.attachments ?? []) {
      const version = Number((attachment.content as { version?: string }).version);
      if (attachment.contentType === 'application/vnd.microsoft.card.adaptive' && !(version <= 1.5)) problems.push(`card version ${version}`);
    }
    // In Teams the choices of a clarification are card buttons; suggested actions stay at 3 at most.
    if ((reply.suggestedActions?.actions.length ?? 0) > 3) problems.push(`${reply.suggestedActions?.actions.length} suggested actions`);
    expect({ question: question.q, problems }).toEqual({ question: question.q, problems: [] });
  }
  expect(cited).toBeGreaterThan(200);
});

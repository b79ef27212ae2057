// Conversations with the real bot and dialogs, turn by turn, in English and French.
import { ActivityTypes, MemoryStorage, type Activity } from 'botbuilder';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/server/logger';
import { citationsOf, citedIds, createBotHarness, press } from '../support/bot';

const conversationUpdate = (members: Array<{ id: string }>): Partial<Activity> => ({
  type: ActivityTypes.ConversationUpdate,
  membersAdded: members.map((m) => ({ ...m, name: m.id })),
});

describe('Answering', () => {
  test('answers the health question with the cited Manaus finding, in English', async () => {
    const bot = await createBotHarness();
    const [reply] = await bot.say('What does Manaus offer migrants in health?');
    expect(reply).toMatchObject({ type: 'message', locale: 'en-US', textFormat: 'markdown' });
    expect(reply!.text).toContain('288 Basic Health Units');
    expect(reply!.entities).toHaveLength(1);
    expect(citationsOf(reply)[0]).toMatchObject({ position: 1, appearance: { url: 'https://mgi.example.org/sources/manaus-2023/migrants-rights/developed-1' } });
  });

  test('answers the French question in French', async () => {
    const bot = await createBotHarness();
    const [reply] = await bot.say("Qu'offre Manaus aux migrants en matière de santé ?");
    expect(reply!.locale).toBe('fr-FR');
    expect(citedIds(reply)[0]).toBe('manaus-2023/migrants-rights/developed-1');
  });

  test('shows typing when an answer is slow to come, and not otherwise', async () => {
    const slowStorage = new MemoryStorage();
    const read = slowStorage.read.bind(slowStorage);
    slowStorage.read = async (keys) => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      return read(keys);
    };
    const slow = await createBotHarness({ storage: slowStorage, typingDelayMs: 50 });
    const [answer] = await slow.say('What does Manaus offer migrants in health?');
    expect(slow.sent.map((a) => a.type)).toEqual([ActivityTypes.Typing, ActivityTypes.Message]);
    expect(citedIds(answer)[0]).toBe('manaus-2023/migrants-rights/developed-1');
    const fast = await createBotHarness({ typingDelayMs: 1000 });
    await fast.say('What does Manaus offer migrants in health?');
    expect(fast.sent.map((a) => a.type)).toEqual([ActivityTypes.Message]);
  });

  test('strips the Teams @mention before answering', async () => {
    const bot = await createBotHarness({ channelId: 'msteams' });
    const [reply] = await bot.say({
      type: ActivityTypes.Message,
      text: '<at>Toronto Helper</at> What does Manaus offer migrants in health?',
      entities: [{ type: 'mention', mentioned: { id: 'bot', name: 'Toronto Helper' }, text: '<at>Toronto Helper</at>' }],
    });
    expect(citedIds(reply)[0]).toBe('manaus-2023/migrants-rights/developed-1');
  });

  test('a question over the length limit gets a polite request to shorten it', async () => {
    const bot = await createBotHarness({ maxQuestionLength: 100 });
    const [reply] = await bot.say(`What does Manaus offer migrants in health? ${'please '.repeat(30)}`);
    expect(reply!.text).toMatch(/too long/);
    expect(reply!.entities ?? []).toHaveLength(0);
  });

  test('every citation stays within Teams limits', async () => {
    const bot = await createBotHarness();
    const [reply] = await bot.say('What could Manaus improve on crises?');
    const citations = citationsOf(reply);
    expect(citations).toHaveLength(3);
    for (const { appearance } of citations) {
      expect(appearance.name.length).toBeLessThanOrEqual(80);
      expect(appearance.abstract.length).toBeLessThanOrEqual(160);
      expect(appearance.keywords.length).toBeLessThanOrEqual(3);
      for (const keyword of appearance.keywords) expect(keyword.length).toBeLessThanOrEqual(28);
    }
  });
});

describe('Welcome', () => {
  test.each([
    ['en-US', 'en-US', 'What does Manaus offer migrants in health?'],
    ['fr-FR', 'fr-FR', 'Qu’offre Manaus aux migrants en matière de santé ?'],
  ])('greets a new member once, in both languages, with three example questions in the %s locale', async (locale, replyLocale, firstSuggestion) => {
    const bot = await createBotHarness({ locale });
    const [welcome, ...rest] = await bot.say(conversationUpdate([{ id: 'user1' }]));
    expect(rest).toHaveLength(0);
    expect(welcome!.locale).toBe(replyLocale);
    expect(welcome!.text).toContain('Migration Governance Indicators');
    expect(welcome!.text).toContain('Indicateurs de gouvernance des migrations');
    expect(welcome!.suggestedActions?.actions).toHaveLength(3);
    expect(welcome!.suggestedActions?.actions[0]?.value).toBe(firstSuggestion);
    expect(await bot.say(conversationUpdate([{ id: 'user2' }]))).toHaveLength(0);
  });

  test('does not greet when only the bot joins', async () => {
    const bot = await createBotHarness();
    expect(await bot.say(conversationUpdate([{ id: 'bot' }]))).toHaveLength(0);
  });

  test('greets on Teams installation', async () => {
    const bot = await createBotHarness({ channelId: 'msteams' });
    const replies = await bot.say({ type: 'installationUpdate', action: 'add' });
    expect(replies).toHaveLength(1);
    expect(replies[0]!.suggestedActions?.actions).toHaveLength(3);
  });
});

describe('Help', () => {
  test.each([
    ['help', 'en-US', 'What you can ask me'],
    ['aide', 'fr-FR', 'Ce que vous pouvez me demander'],
  ])('"%s" explains what to ask, the commands, the profiles and the citations', async (text, locale, heading) => {
    const bot = await createBotHarness();
    const [reply] = await bot.say(text);
    expect(reply).toMatchObject({ locale });
    expect(reply!.text).toContain(heading);
    expect(reply!.text).toMatch(/Manaus \(2023\)/);
    expect(reply!.text).toMatch(/domain/);
  });
});

describe('Browsing the domains', () => {
  test('"domains" lists the six domains as suggested actions where cards are not rendered', async () => {
    const bot = await createBotHarness();
    const [reply] = await bot.say('domains');
    expect(reply!.suggestedActions?.actions.map((a) => a.title)).toEqual([
      "Migrants' rights",
      'Whole-of-government approach',
      'Partnerships',
      'Well-being of migrants',
      'Mobility dimensions of crises',
      'Safe, orderly and regular migration',
    ]);
  });

  test('"domaines" lists them in French on a card with a button each, in Teams', async () => {
    const bot = await createBotHarness({ channelId: 'msteams' });
    const [reply] = await bot.say('domaines');
    expect(reply!.locale).toBe('fr-FR');
    const card = reply!.attachments?.[0]?.content as { body: Array<{ type: string; actions?: Array<{ title: string; data: unknown }> }> };
    const buttons = card.body.find((e) => e.type === 'ActionSet')?.actions ?? [];
    expect(buttons).toHaveLength(6);
    expect(buttons[2]).toEqual({ type: 'Action.Submit', title: 'Partenariats', data: { mgi: { command: 'domain', domain: 'partnerships' } } });
  });

  test('choosing a domain shows its city definition and the profile findings, with follow-up buttons', async () => {
    const bot = await createBotHarness({ channelId: 'webchat' });
    await bot.say('domains');
    const [reply] = await bot.say(press({ mgi: { command: 'domain', domain: 'partnerships' } }));
    expect(citedIds(reply)).toEqual([
      'mgi/partnerships/city',
      'manaus-2023/partnerships/developed-1',
      'manaus-2023/partnerships/developed-2',
      'manaus-2023/partnerships/developed-3',
      'manaus-2023/partnerships/developed-4',
      'manaus-2023/partnerships/potential-1',
      'manaus-2023/partnerships/potential-2',
    ]);
    const card = reply!.attachments?.[0]?.content as { actions: Array<{ title: string }> };
    expect(card.actions.map((a) => a.title)).toEqual(['National definition', 'All domains', 'Voir en français']);
  });

  test('the national definition is there on request', async () => {
    const bot = await createBotHarness();
    const [reply] = await bot.say(press({ mgi: { command: 'domain', domain: 'well-being', level: 'national' } }));
    expect(citedIds(reply)[0]).toBe('mgi/well-being/national');
  });

  test('typing a domain name alone browses it, in the language typed', async () => {
    const bot = await createBotHarness();
    const [reply] = await bot.say('Partenariats');
    expect(reply!.locale).toBe('fr-FR');
    expect(citedIds(reply)[0]).toBe('mgi/partnerships/city');
    expect(reply!.text).toContain('MigraCidades');
  });
});

describe('Follow-ups keep the context', () => {
  test('after the health answer, "and in education?" answers about Manaus education', async () => {
    const bot = await createBotHarness();
    await bot.say('What does Manaus offer migrants in health?');
    const [reply] = await bot.say('and in education?');
    expect(citedIds(reply)).toContain('manaus-2023/migrants-rights/developed-2');
    expect(citedIds(reply)[0]).toBe('manaus-2023/migrants-rights/developed-2');
  });

  test('"what could be improved there?" lists the areas to develop of the last domain', async () => {
    const bot = await createBotHarness();
    await bot.say('What does Manaus offer migrants in health?');
    const [reply] = await bot.say('what could be improved there?');
    expect(citedIds(reply)).toEqual(['manaus-2023/migrants-rights/potential-1', 'manaus-2023/migrants-rights/potential-2']);
  });

  test('in French: "et pour l’éducation ?" then "quelles améliorations ?"', async () => {
    const bot = await createBotHarness();
    await bot.say("Qu'offre Manaus aux migrants en matière de santé ?");
    const [education] = await bot.say('et pour l’éducation ?');
    expect(education!.locale).toBe('fr-FR');
    expect(citedIds(education)[0]).toBe('manaus-2023/migrants-rights/developed-2');
    const [improvements] = await bot.say('quelles améliorations ?');
    expect(improvements!.locale).toBe('fr-FR');
    // Not vacuous: the areas to develop of the domain are quoted, and nothing else.
    expect(citedIds(improvements)).toEqual(['manaus-2023/migrants-rights/potential-1', 'manaus-2023/migrants-rights/potential-2']);
  });

  test('"show in French" shows the last answer again in French, and "en anglais" back in English', async () => {
    const bot = await createBotHarness();
    const [english] = await bot.say('What could Manaus improve on crises?');
    const [french] = await bot.say('show in French');
    expect(french!.locale).toBe('fr-FR');
    expect(citedIds(french)).toEqual(citedIds(english));
    expect(french!.text).toContain('Aspects d’une crise relatifs à la mobilité');
    const [back] = await bot.say('en anglais');
    expect(back!.locale).toBe('en-US');
    expect(citedIds(back)).toEqual(citedIds(english));
  });

  test('"show in French" with nothing shown yet says so', async () => {
    const bot = await createBotHarness();
    const [reply] = await bot.say('show in French');
    expect(reply!.locale).toBe('fr-FR');
    expect(reply!.entities ?? []).toHaveLength(0);
  });
});

describe('Clarification', () => {
  test('asks "Did you mean…?" when a question mixes topics of two domains, and answers the choice', async () => {
    const bot = await createBotHarness();
    const [question] = await bot.say('health and floods in Manaus');
    expect(question!.text).toMatch(/^Did you mean/);
    expect(question!.suggestedActions?.actions.map((a) => a.title)).toEqual(["Migrants' rights", 'Mobility dimensions of crises', 'None of these']);
    expect(question!.entities ?? []).toHaveLength(0);
    const [answer] = await bot.say('2');
    expect(citedIds(answer)).toEqual(['manaus-2023/mobility-crises/developed-1']);
  });

  test('one thing found in two domains is no ambiguity: the first answers, the other is "see also"', async () => {
    const bot = await createBotHarness();
    const [answer] = await bot.say('What is COMPREMI?');
    expect(citedIds(answer).slice(0, 2)).toEqual(['manaus-2023/whole-of-government/developed-1', 'manaus-2023/whole-of-government/developed-2']);
    expect(citedIds(answer)).toContain('manaus-2023/partnerships/developed-1');
  });

  test('in Teams the choices are card buttons; pressing one answers it', async () => {
    const bot = await createBotHarness({ channelId: 'msteams' });
    const [question] = await bot.say('santé et inondations à Manaus');
    const card = question!.attachments?.[0]?.content as { actions: Array<{ title: string; data: unknown }> };
    expect(card.actions.map((a) => a.title)).toEqual(['Droits des migrants', 'Aspects d’une crise relatifs à la mobilité', 'Aucune de ces réponses']);
    const [answer] = await bot.say(press(card.actions[0]!.data));
    expect(answer!.locale).toBe('fr-FR');
    expect(citedIds(answer)[0]).toBe('manaus-2023/migrants-rights/developed-1');
  });

  test('"none of these" offers to ask again', async () => {
    const bot = await createBotHarness();
    await bot.say('health and floods in Manaus');
    const [reply] = await bot.say('none of these');
    expect(reply!.entities ?? []).toHaveLength(0);
    expect(reply!.suggestedActions?.actions).toHaveLength(3);
  });

  test('a new question instead of a choice is answered as a question', async () => {
    const bot = await createBotHarness();
    await bot.say('health and floods in Manaus');
    const [reply] = await bot.say('What does Manaus offer migrants in health?');
    expect(citedIds(reply)[0]).toBe('manaus-2023/migrants-rights/developed-1');
  });
});

describe('Answer cards', () => {
  test.each(['msteams', 'webchat', 'directline', 'emulator'])('in %s an answer is an Adaptive Card 1.5 with the citation entity and a markdown text', async (channelId) => {
    const bot = await createBotHarness({ channelId });
    const [reply] = await bot.say('What does Manaus offer migrants in health?');
    expect(reply!.attachments).toHaveLength(1);
    expect(reply!.attachments![0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = reply!.attachments![0]!.content as { version: string; body: Array<{ type: string; text?: string; items?: Array<{ text?: string }> }>; actions: Array<{ title: string }> };
    expect(card.version).toBe('1.5');
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: "Migrants' rights" });
    expect(JSON.stringify(card.body)).toContain('Well-developed area');
    expect(JSON.stringify(card.body)).toContain('October 2023');
    expect(card.actions.map((a) => a.title)).toEqual(['More on this domain', 'Areas to develop', 'Voir en français']);
    expect(citedIds(reply)[0]).toBe('manaus-2023/migrants-rights/developed-1');
    expect(reply!.text).toMatch(/^City of Manaus, MGI profile \(October 2023\): \*\*Migrants' rights\*\*, a well-developed area: \[1\]/);
    // Web Chat matches citations to markdown reference links; Teams takes them from the entity.
    const reference = /\[1\]: https:\/\/mgi\.example\.org\/sources\/manaus-2023\/migrants-rights\/developed-1/;
    if (channelId === 'msteams') expect(reply!.text).not.toMatch(reference);
    else expect(reply!.text).toMatch(reference);
  });

  test('a French answer card has French labels and a "Show in English" button', async () => {
    const bot = await createBotHarness({ channelId: 'webchat' });
    const [reply] = await bot.say("Qu'offre Manaus aux migrants en matière de santé ?");
    const card = reply!.attachments![0]!.content as { actions: Array<{ title: string }> };
    expect(JSON.stringify(card)).toContain('Domaine bien développé');
    expect(card.actions.map((a) => a.title)).toEqual(['En savoir plus sur ce domaine', 'Domaines à développer', 'Show in English']);
  });

  test('"Areas to develop" lists them; "Voir en français" shows them again in French', async () => {
    const bot = await createBotHarness({ channelId: 'webchat' });
    await bot.say('What does Manaus offer migrants in health?');
    const [areas] = await bot.say(press({ mgi: { command: 'list', domain: 'migrants-rights', kind: 'potential', profileId: 'manaus-2023' } }));
    expect(citedIds(areas)).toEqual(['manaus-2023/migrants-rights/potential-1', 'manaus-2023/migrants-rights/potential-2']);
    const [french] = await bot.say(press({ mgi: { command: 'translate', language: 'fr' } }));
    expect(french!.locale).toBe('fr-FR');
    expect(citedIds(french)).toEqual(citedIds(areas));
  });

  test('a plain-text channel gets the whole answer as text, without a card', async () => {
    const bot = await createBotHarness({ channelId: 'sms' });
    const [reply] = await bot.say('What does Manaus offer migrants in health?');
    expect(reply!.attachments ?? []).toHaveLength(0);
    expect(reply!.text).toContain('288 Basic Health Units');
  });

  test('a malformed card value is ignored and the turn still gets a reply', async () => {
    const bot = await createBotHarness({ channelId: 'webchat' });
    const replies = await bot.say({ type: ActivityTypes.Message, text: 'domains', value: { mgi: { command: 'domain', domain: '../etc' } } });
    expect(replies).toHaveLength(1);
  });
});

describe('Language preference', () => {
  test.each([
    ['français', 'fr-FR'],
    ['/lang fr', 'fr-FR'],
    ['english', 'en-US'],
  ])('"%s" sets the language used when a question does not show one', async (command, locale) => {
    const bot = await createBotHarness({ locale: locale === 'fr-FR' ? 'en-US' : 'fr-FR' });
    const [confirmation] = await bot.say(command);
    expect(confirmation!.locale).toBe(locale);
    const [reply] = await bot.say('COMPREMI');
    expect(reply!.locale).toBe(locale);
  });

  test('a clearly English question is still answered in English after choosing French', async () => {
    const bot = await createBotHarness();
    await bot.say('français');
    const [reply] = await bot.say('What does Manaus offer migrants in health?');
    expect(reply!.locale).toBe('en-US');
  });

  test('"langue" asks which language with two buttons, and the choice is saved', async () => {
    const bot = await createBotHarness();
    const [prompt] = await bot.say('langue');
    expect(prompt!.text).toMatch(/Dans quelle langue/);
    expect(prompt!.suggestedActions?.actions.map((a) => a.title)).toEqual(['English', 'Français']);
    const [confirmation] = await bot.say('English');
    expect(confirmation!.locale).toBe('en-US');
    const [reply] = await bot.say('diaspora');
    expect(reply!.locale).toBe('en-US');
  });

  test('asked for a language, a user who asks a question instead gets the answer', async () => {
    const bot = await createBotHarness();
    await bot.say('language');
    const [reply] = await bot.say('What does Manaus offer migrants in health?');
    expect(citedIds(reply)[0]).toBe('manaus-2023/migrants-rights/developed-1');
  });
});

describe('Restart', () => {
  test.each([
    ['What does Manaus offer migrants in health?', 'restart', 'what could be improved there?', 'en-US'],
    ["Qu'offre Manaus aux migrants en matière de santé ?", 'recommencer', 'quelles améliorations ?', 'fr-FR'],
  ])('"%s", then "%s" forgets the context and greets again', async (question, restart, followUp, locale) => {
    const bot = await createBotHarness();
    await bot.say(question);
    const replies = await bot.say(restart);
    expect(replies).toHaveLength(2);
    expect(replies.map((r) => r.locale)).toEqual([locale, locale]);
    expect(replies[1]!.suggestedActions?.actions).toHaveLength(3);
    const [reply] = await bot.say(followUp);
    expect(reply!.entities ?? []).toHaveLength(0);
  });
});

describe('Teams feedback', () => {
  test('answers carry the feedback loop in Teams; a thumbs-down is acknowledged and logged with the sources', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    const bot = await createBotHarness({ channelId: 'msteams', logger });
    const [answer] = await bot.say('What does Manaus offer migrants in health?');
    expect(answer!.channelData).toEqual({ feedbackLoop: { type: 'default' } });
    const activityId = answer!.id ?? (bot.sent.find((a) => a.type === 'message') as Partial<Activity>).id;
    const replies = await bot.say({
      type: ActivityTypes.Invoke,
      name: 'message/submitAction',
      replyToId: activityId,
      value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: '{"feedbackText":"too short"}' } },
    });
    const invokeResponse = replies.find((a) => a.type === 'invokeResponse');
    expect(invokeResponse?.value).toMatchObject({ status: 200 });
    const feedback = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.event === 'feedback');
    expect(feedback).toMatchObject({ reaction: 'dislike', feedback: '{"feedbackText":"too short"}' });
    expect((feedback!.sources as string[])[0]).toBe('manaus-2023/migrants-rights/developed-1');
  });
});

// Every card the bot can send, checked against the Adaptive Card 1.5 shape it uses (version,
// element and action types, properties) and parsed by the official Adaptive Cards library.
import Ajv from 'ajv';
import { answerCard } from '../../src/cards/answerCard';
import type { AdaptiveCard } from '../../src/cards/adaptiveCard';
import { clarifyCard, domainCard, domainListCard } from '../../src/cards/domainCards';
import { answerDomainList, answerQuestion } from '../../src/presentation/answer';
import type { KnowledgeIndex } from '../../src/core/buildIndex';
import { composeDomainView, domainView } from '../../src/presentation/domainView';
import { loadQuestions } from '../../src/eval/loadQuestions';
import { knowledgeIndex } from '../support/knowledge';

// The official renderer's parser (browser bundle; parsing needs no DOM).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AdaptiveCards = require('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => { parse(json: unknown, context: unknown): void };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string }; targetVersion: unknown };
  Versions: { v1_5: unknown };
};

const spacing = { enum: ['None', 'Small', 'Default', 'Medium', 'Large'] };
const SHAPE = {
  $id: 'card',
  type: 'object',
  additionalProperties: false,
  required: ['type', '$schema', 'version', 'body'],
  properties: {
    type: { const: 'AdaptiveCard' },
    $schema: { const: 'http://adaptivecards.io/schemas/adaptive-card.json' },
    version: { const: '1.5' },
    body: { type: 'array', minItems: 1, items: { $ref: '#/definitions/element' } },
    actions: { type: 'array', minItems: 1, maxItems: 6, items: { $ref: '#/definitions/action' } },
  },
  definitions: {
    element: { oneOf: [{ $ref: '#/definitions/TextBlock' }, { $ref: '#/definitions/Container' }, { $ref: '#/definitions/ActionSet' }] },
    TextBlock: {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'text', 'wrap'],
      properties: {
        type: { const: 'TextBlock' },
        text: { type: 'string', minLength: 1 },
        wrap: { const: true },
        weight: { enum: ['Default', 'Lighter', 'Bolder'] },
        size: { enum: ['Small', 'Default', 'Medium', 'Large'] },
        color: { enum: ['Default', 'Accent', 'Good', 'Warning', 'Attention'] },
        isSubtle: { type: 'boolean' },
        spacing,
        separator: { type: 'boolean' },
        style: { const: 'heading' },
      },
    },
    Container: {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'items'],
      properties: {
        type: { const: 'Container' },
        items: { type: 'array', minItems: 1, items: { $ref: '#/definitions/element' } },
        style: { enum: ['default', 'emphasis', 'good', 'attention', 'warning', 'accent'] },
        spacing,
        separator: { type: 'boolean' },
      },
    },
    ActionSet: {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'actions'],
      properties: { type: { const: 'ActionSet' }, actions: { type: 'array', minItems: 1, maxItems: 6, items: { $ref: '#/definitions/action' } }, spacing },
    },
    action: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['type', 'title', 'data'],
          properties: { type: { const: 'Action.Submit' }, title: { type: 'string', minLength: 1 }, data: { type: 'object', required: ['mgi'] } },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['type', 'title', 'url'],
          properties: { type: { const: 'Action.OpenUrl' }, title: { type: 'string', minLength: 1 }, url: { type: 'string', pattern: '^https?://' } },
        },
      ],
    },
  },
};

const validateShape = new Ajv({ allErrors: true }).compile(SHAPE);

function officialParserEvents(card: AdaptiveCard): string[] {
  const context = new AdaptiveCards.SerializationContext();
  context.targetVersion = AdaptiveCards.Versions.v1_5;
  new AdaptiveCards.AdaptiveCard().parse(JSON.parse(JSON.stringify(card)), context);
  return Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
}

function expectValid(name: string, card: AdaptiveCard): void {
  const shapeErrors = validateShape(card) ? [] : (validateShape.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  expect({ name, shapeErrors, parserEvents: officialParserEvents(card) }).toEqual({ name, shapeErrors: [], parserEvents: [] });
}

let index: KnowledgeIndex;
const options = { publicUrl: 'https://mgi.example.org' };
beforeAll(async () => {
  index = await knowledgeIndex();
});

describe('Adaptive Cards', () => {
  test('the answer card of every answer to the evaluation questions is valid 1.5', async () => {
    const questions = await loadQuestions();
    let checked = 0;
    for (const question of questions) {
      const answer = answerQuestion(index, question.q, {}, options);
      if (answer.kind === 'clarify') expectValid(`clarify: ${question.q}`, clarifyCard(answer));
      if (!answer.answered) continue;
      expectValid(question.q, answerCard(answer, index.knowledge));
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });

  test.each(['en', 'fr'] as const)('the domain list, every domain card and every list card are valid 1.5 (%s)', (language) => {
    expectValid('domain list', domainListCard(index.knowledge, language));
    for (const domain of index.knowledge.domains) {
      for (const level of ['national', 'city'] as const) {
        const view = domainView(index, domain.id, undefined, level)!;
        expectValid(`${domain.id} ${level}`, domainCard(view, composeDomainView(index, view, language, options), index.knowledge));
      }
      for (const kind of ['developed', 'potential'] as const) {
        expectValid(`${domain.id} ${kind}`, answerCard(answerDomainList(index, domain.id, kind, undefined, language, options)!, index.knowledge));
      }
    }
  });

  test('the shape check fails on a card it does not know', () => {
    const wrong = { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.6', body: [{ type: 'Table' }] } as unknown as AdaptiveCard;
    expect(validateShape(wrong)).toBe(false);
    const unknown = { ...wrong, version: '1.5', body: [{ type: 'Bogus' }, { type: 'TextBlock', text: 'x', color: 'Purple' }] } as unknown as AdaptiveCard;
    expect(officialParserEvents(unknown)).toHaveLength(2);
  });
});

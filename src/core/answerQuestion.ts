// The answering use cases: a message in, a structured answer out (sources quoted, a question back,
// or a plain "not in the material"); and answers for a source or a domain's list chosen from a
// button. Pure: the hosts give the index and the conversation's context, and present the result.
import { analyseQuestion, type AnalysedQuestion, type AnalysisContext } from './analyseQuestion';
import type { KnowledgeIndex } from './buildIndex';
import { decide, type Decision } from './decide';
import { textIn } from './localizedText';
import { retrievePart, type RankedSource, type Retrieval, type Scope } from './retrieve';
import type { DomainId, Language, QuotedSource, Source, StructuredAnswer } from './types';

export interface AnswerContext extends AnalysisContext {
  /** The domain of the conversation's last answer: "what could be improved there?" continues it. */
  readonly lastDomain?: DomainId;
  /** The profile of the conversation's last answer: "and in education?" stays in it. */
  readonly lastProfileId?: string;
}

/** How the answer was reached, for `npm run ask -- --explain`. */
export interface AnswerTrace {
  readonly analysis: AnalysedQuestion;
  readonly scope: Scope;
  readonly retrievals: readonly Retrieval[];
  readonly decisions: readonly Decision[];
  readonly path: string;
}

export type TracedAnswer = StructuredAnswer & { readonly trace: AnswerTrace };

const quote = (language: Language) => (source: Source): QuotedSource => ({ source, text: textIn(source.text, language) });

/**
 * The profiles a question may be answered from: those it names, else the conversation's (unless
 * it asks what a domain covers, which is the framework's), else every profile.
 */
function scopeOf(question: AnalysedQuestion, context: AnswerContext): Scope {
  const profileIds = question.profilesNamed.length ? question.profilesNamed : context.lastProfileId && !question.intent.definition ? [context.lastProfileId] : undefined;
  return { profileIds, lastDomain: context.lastDomain };
}

/**
 * A question with no topic of its own: "What are the MGI?" or "Manaus?" gets the overview or the
 * profile's introduction; "what could be improved there?" gets the areas to develop of the domain
 * named, or of the conversation's last domain, for each profile in scope.
 */
function withoutTopic(index: KnowledgeIndex, question: AnalysedQuestion, scope: Scope, context: AnswerContext): Source[] {
  const { intent } = question;
  const domain = question.domainNamed ?? context.lastDomain;
  const kind = intent.potential && !intent.developed ? 'potential' : intent.developed && !intent.potential ? 'developed' : undefined;
  const inScope = (s: Source): boolean => scope.profileIds === undefined || (s.profileId !== undefined && scope.profileIds.includes(s.profileId));
  if (domain && kind) return index.knowledge.sources.filter((s) => s.domain === domain && s.kind === kind && inScope(s));
  // "Quels sont les domaines des IGM ?": the text that names them, when one in scope does (with
  // several in scope, none is chosen for the others: the overview, below, if the MGI is named).
  // "How many domains does the MGI have?": the overview counts them; a text naming them all says it too.
  const domainsOrTheirNumber = intent.domains === true && intent.details.every((detail) => detail === 'count');
  if (domainsOrTheirNumber && intent.details.length > 0 && intent.framework) return index.knowledge.sources.filter((s) => s.kind === 'overview');
  if (domainsOrTheirNumber) {
    const lists = index.knowledge.sources.filter((s) => index.domainLists.has(s.id) && inScope(s));
    if (lists.length === 1) return lists;
  }
  // "Manaus?", "tell me about Manaus": the profile itself; "who is the mayor of Manaus?" is no such question.
  // "What does the MGI cover?" asks what the framework defines: its overview says.
  // "What does the Manaus profile describe, along which dimensions?" asks what the document is.
  const introductions = (): Source[] => index.knowledge.sources.filter((s) => s.kind === 'introduction' && question.profilesNamed.includes(s.profileId ?? ''));
  if (intent.profileItself && intent.details.length === 0) return introductions();
  const asksSomethingElse = (intent.definition && !intent.domains && !intent.framework) || intent.potential || intent.developed || intent.national || intent.city || (intent.details.length > 0 && !domainsOrTheirNumber);
  if (asksSomethingElse) return [];
  if (question.profilesNamed.length) return introductions();
  if (intent.framework) return index.knowledge.sources.filter((s) => s.kind === 'overview');
  return [];
}

function fromDecision(decision: Decision, language: Language): StructuredAnswer {
  const q = quote(language);
  const sources = (list: readonly RankedSource[]): QuotedSource[] => list.map((r) => q(r.source));
  switch (decision.kind) {
    case 'abstain':
      return { kind: 'abstain', language, confidence: decision.confidence };
    case 'clarify':
      return { kind: 'clarify', language, choices: sources(decision.choices), confidence: decision.confidence };
    case 'answer':
      return { kind: 'answer', language, quoted: sources(decision.quoted), seeAlso: sources(decision.seeAlso), confidence: decision.confidence };
  }
}

/** Two questions in one message: each part that can be answered is, in the message's order. */
function answerParts(index: KnowledgeIndex, question: AnalysedQuestion, scope: Scope): { retrievals: Retrieval[]; decisions: Decision[]; answered: Array<Extract<Decision, { kind: 'answer' }>> } {
  const retrievals: Retrieval[] = [];
  const decisions: Decision[] = [];
  // On a tie, a later part stays in the domain the part before it answered from ("…a flood… and where to get help?").
  let lastDomain = scope.lastDomain;
  for (const part of question.parts) {
    const retrieval = retrievePart(index, question, part, { ...scope, lastDomain });
    const decision = decide(retrieval, index.knowledge.calibration.thresholds);
    retrievals.push(retrieval);
    decisions.push(decision);
    if (decision.kind === 'answer') lastDomain = decision.quoted[0]?.source.domain ?? lastDomain;
  }
  return { retrievals, decisions, answered: decisions.filter((d): d is Extract<Decision, { kind: 'answer' }> => d.kind === 'answer') };
}

export function answerQuestion(index: KnowledgeIndex, text: string, context: AnswerContext = {}): TracedAnswer {
  const question = analyseQuestion(index, text, context);
  const { language } = question;
  const scope = scopeOf(question, context);
  const trace = (path: string, retrievals: readonly Retrieval[] = [], decisions: readonly Decision[] = []): AnswerTrace => ({ analysis: question, scope, retrievals, decisions, path });
  if (question.smallTalk) return { kind: 'small-talk', language, smallTalk: question.smallTalk, trace: trace('small talk: the whole message') };
  if (question.taskRequest) return { kind: 'abstain', language, confidence: 0, trace: trace('asks for a task, not for what the material says') };
  if (question.unknownPlace) return { kind: 'unknown-place', language, place: question.unknownPlace, trace: trace(`names ${question.unknownPlace}, which no profile covers`) };
  // "Que fait bien Manaus en matière d'approche pangouvernementale ?": the domain named is the whole topic.
  const listAsked = question.domainOnly && question.intent.potential !== question.intent.developed;
  // "What does the MGI measure?": a cue that is also a word of some text ("measure") is all it asks
  // of the framework, whose overview says what it measures.
  const askedOfTheFramework = question.intent.framework && question.intent.details.length === 0 && question.domainNamed === undefined && question.parts.length === 0 && question.topic.every((t) => t.cue === true);
  if (question.topic.length === 0 || listAsked || askedOfTheFramework) {
    const sources = withoutTopic(index, question, scope, context);
    if (sources.length === 0) return { kind: 'abstain', language, confidence: 0, trace: trace('no topic word, and nothing named to show') };
    return { kind: 'answer', language, quoted: sources.map(quote(language)), seeAlso: [], confidence: 1, trace: trace('no topic word: what the question names') };
  }
  // Two questions in one message are read part by part, once; personal advice asked in one of
  // them is asked of the whole message, which tells the asker's own case.
  const parts = question.parts.length > 1 && !question.intent.details.includes('advice') ? answerParts(index, question, scope) : undefined;
  if (parts) {
    if (parts.answered.length > 1) {
      const seen = new Set<string>();
      const quoted = parts.answered.flatMap((d) => d.quoted).filter((r) => !seen.has(r.source.id) && seen.add(r.source.id));
      const confidence = Math.min(...parts.answered.map((d) => d.confidence));
      return { kind: 'answer', language, quoted: quoted.map((r) => quote(language)(r.source)), seeAlso: [], confidence, trace: trace(`${parts.answered.length} parts answered`, parts.retrievals, parts.decisions) };
    }
  }
  const retrieval = retrievePart(index, question, question, scope);
  const decision = decide(retrieval, index.knowledge.calibration.thresholds);
  if (decision.kind !== 'answer' && parts) {
    const [only] = parts.answered;
    if (only) return { ...fromDecision(only, language), trace: trace('one part answered', parts.retrievals, parts.decisions) };
  }
  return { ...fromDecision(decision, language), trace: trace(decision.why, [retrieval], [decision]) };
}

/** The answer for one source picked from a button ("Did you mean…?"); undefined for an unknown id. */
export function answerSource(index: KnowledgeIndex, sourceId: string, language: Language): StructuredAnswer | undefined {
  const source = index.knowledge.sources.find((s) => s.id === sourceId);
  if (!source) return undefined;
  return { kind: 'answer', language, quoted: [quote(language)(source)], seeAlso: [], confidence: 1 };
}

/**
 * A domain's whole list of strengths or areas to develop ("Areas to develop" button): of one
 * profile, or of every profile, each under its own, when none is given.
 */
export function answerDomainList(index: KnowledgeIndex, domain: DomainId, kind: 'developed' | 'potential', profileId: string | undefined, language: Language): StructuredAnswer | undefined {
  const quoted = index.knowledge.sources.filter((s) => s.domain === domain && s.kind === kind && (profileId === undefined || s.profileId === profileId)).map(quote(language));
  if (quoted.length === 0) return undefined;
  return { kind: 'answer', language, quoted, seeAlso: [], confidence: 1 };
}

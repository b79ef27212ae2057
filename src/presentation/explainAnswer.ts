// `npm run ask -- --explain "…"`: how the core read a question and why it answered, asked back or
// declined: the words, what they matched, the concepts, the best sources with their score parts.
import type { TracedAnswer } from '../core/answerQuestion';
import type { KnowledgeIndex } from '../core/buildIndex';
import type { Retrieval } from '../core/retrieve';

const SHOWN_SOURCES = 5;
const round = (n: number): string => (Math.round(n * 100) / 100).toString();

function describeRetrieval(retrieval: Retrieval): string[] {
  const lines = [`  preferences applied: ${retrieval.preferences.join(', ') || 'none'}; unknown words: ${Math.round(retrieval.unknownShare * 100)}% of the weight`];
  for (const ranked of retrieval.ranked.slice(0, SHOWN_SOURCES)) {
    const parts = ranked.parts().map((p) => `${p.word}:${p.evidence > 0 ? `${round(p.idf)}×${round(p.evidence)} (${p.via})` : '—'}`).join(' ');
    lines.push(`  ${round(ranked.score).padStart(6)}  ${ranked.source.id}  covers ${Math.round(ranked.knownCoverage * 100)}% known, ${Math.round(ranked.coverage * 100)}% all  ${parts}`);
  }
  if (retrieval.ranked.length === 0) lines.push('  (no source has any of these words)');
  return lines;
}

export function explainAnswer(index: KnowledgeIndex, answer: TracedAnswer): string {
  const { analysis, scope, retrievals, path } = answer.trace;
  const lines = [
    `language: ${analysis.language}${analysis.textLanguage ? ` (the text's own)` : ' (from the context or the default)'}; packs: ${index.languages.codes.join(', ')}`,
    `words: ${analysis.words.map((w) => (w.word === w.typed ? w.typed : `${w.typed}→${w.word}`)).join(' ')}`,
    `topic words: ${analysis.topic.map((t) => `${t.word}${t.known ? '' : '(unknown)'}${t.concepts.length ? `[${t.concepts.join(',')}]` : ''}`).join(' ') || '(none)'}`,
    `intent: ${[...Object.entries(analysis.intent).filter(([, on]) => on === true).map(([name]) => name), ...analysis.intent.details.map((kind) => `detail:${kind}`)].join(', ') || 'none'}; domain named: ${analysis.domainNamed ?? 'none'}${analysis.domainOnly ? ' (its whole topic)' : ''}`,
    `profiles named: ${analysis.profilesNamed.join(', ') || 'none'}; scope: ${scope.profileIds?.join(', ') ?? 'all profiles'}${analysis.unknownPlace ? `; unknown place: ${analysis.unknownPlace}` : ''}`,
    `parts: ${analysis.parts.length > 1 ? analysis.parts.length : 1}`,
  ];
  retrievals.forEach((retrieval, i) => {
    lines.push(`sources${retrievals.length > 1 ? ` (part ${i + 1})` : ''}:`, ...describeRetrieval(retrieval));
  });
  const quoted = answer.kind === 'answer' ? answer.quoted.map((q) => q.source.id).join(', ') : answer.kind === 'clarify' ? answer.choices.map((q) => q.source.id).join(', ') : '';
  lines.push(`decision: ${answer.kind}${quoted ? ` (${quoted})` : ''}`, `why: ${path}`);
  return lines.join('\n');
}

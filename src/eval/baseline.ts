// The yardstick: plain Fuse.js (default options) over the raw seed text, cut into paragraphs
// and bullets and labelled with the source ids they correspond to. No terms, no translation.
import Fuse from 'fuse.js';
import type { DomainId, Knowledge, Language } from '../core/types';

export interface SeedChunk {
  readonly id: string;
  readonly domain?: DomainId;
  readonly text: string;
}

const FRENCH_DOMAIN_HEADINGS: ReadonlyArray<readonly [RegExp, DomainId]> = [
  [/^Droits des migrants$/, 'migrants-rights'],
  [/^Approche associant/, 'whole-of-government'],
  [/^Partenariats$/, 'partnerships'],
  [/^Bien-être des migrants$/, 'well-being'],
  [/^Aspects d.une crises? relatifs à la mobilité$/, 'mobility-crises'],
  [/^Migrations sûres/, 'safe-migration'],
];

const ENGLISH_DOMAIN_HEADINGS: ReadonlyArray<readonly [RegExp, DomainId]> = [
  [/^MIGRANTS.? RIGHTS$/, 'migrants-rights'],
  [/^WHOLE-OF-GOVERNMENT APPROACH$/, 'whole-of-government'],
  [/^PARTNERSHIPS$/, 'partnerships'],
  [/^WELL-BEING OF MIGRANTS$/, 'well-being'],
  [/^MOBILITY DIMENSION OF CRISES$/, 'mobility-crises'],
  [/^SAFE, ORDERLY AND REGULAR MIGRATION$/, 'safe-migration'],
];

/** Cuts the seed into labelled chunks, following its headings. */
export function parseSeed(seed: string, profileId = 'manaus-2023'): SeedChunk[] {
  const chunks: SeedChunk[] = [];
  let section: { domain?: DomainId; part: 'overview' | 'definition' | 'introduction' | 'findings' } = { part: 'overview' };
  let definitionCount = 0;
  let list: 'developed' | 'potential' = 'developed';
  let ordinal = 0;
  for (const raw of seed.split('\n')) {
    const line = raw.trim();
    if (!line || line === '1' || line === 'Key findings') continue;
    const french = FRENCH_DOMAIN_HEADINGS.find(([re]) => re.test(line));
    const english = ENGLISH_DOMAIN_HEADINGS.find(([re]) => re.test(line));
    if (french) {
      section = { domain: french[1], part: 'definition' };
      definitionCount = 0;
      continue;
    }
    if (english) {
      section = { domain: english[1], part: 'findings' };
      list = 'developed';
      ordinal = 0;
      continue;
    }
    if (line === 'INTRODUCTION') {
      section = { part: 'introduction' };
      continue;
    }
    if (/^Migration Governance: examples/.test(line)) continue;
    if (/^Areas with potential/.test(line)) {
      list = 'potential';
      ordinal = 0;
      continue;
    }
    if (section.part === 'overview') chunks.push({ id: 'mgi/overview', text: line });
    else if (section.part === 'introduction') chunks.push({ id: `${profileId}/introduction`, text: line });
    else if (section.part === 'definition' && section.domain && definitionCount < 2) {
      chunks.push({ id: `mgi/${section.domain}/${definitionCount === 0 ? 'national' : 'city'}`, domain: section.domain, text: line });
      definitionCount++;
    } else if (section.part === 'findings' && section.domain && line.startsWith('•')) {
      ordinal++;
      chunks.push({ id: `${profileId}/${section.domain}/${list}-${ordinal}`, domain: section.domain, text: line.replace(/^•\s*/, '') });
    }
  }
  return chunks;
}

export interface BaselineResult {
  readonly answered: boolean;
  readonly language?: Language;
  readonly ids: readonly string[];
  readonly domain?: DomainId;
}

/**
 * Plain Fuse.js: default options, one key. It "answers" with whatever it finds, in the chunk's
 * language (the language the knowledge marks as its source's original).
 */
export function createBaseline(seed: string, knowledge: Knowledge): (question: string) => BaselineResult {
  const original = new Map(knowledge.sources.map((source) => [source.id, source.text.original]));
  const fuse = new Fuse(parseSeed(seed).map((chunk) => ({ ...chunk, language: original.get(chunk.id) })), { keys: ['text'] });
  return (question) => {
    const results = fuse.search(question, { limit: 3 });
    const [top] = results;
    if (!top) return { answered: false, ids: [] };
    return { answered: true, language: top.item.language, ids: results.map((r) => r.item.id), domain: top.item.domain };
  };
}

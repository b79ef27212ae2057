// Loads the real knowledge once per test file and builds the index, as the server does.
import path from 'node:path';
import { buildIndex, type KnowledgeIndex } from '../../src/core/buildIndex';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';

export const KNOWLEDGE_DIR = path.resolve(__dirname, '../../knowledge');

let cached: Promise<KnowledgeIndex> | undefined;

export function knowledgeIndex(): Promise<KnowledgeIndex> {
  cached ??= loadKnowledge(KNOWLEDGE_DIR).then(buildIndex);
  return cached;
}

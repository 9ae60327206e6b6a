import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/** Roughly what a parsed document weighs per character of its source (its AST as JSON: ~15–25×). */
const AST_BYTES_PER_SOURCE_CHAR = 20;

/**
 * Apollo's cache of parsed and validated documents, weighed by source length. Apollo's default
 * store weighs each new document by JSON-stringifying its whole AST — on the path of every request
 * whose document it has not seen, a visible share of it. Same budget as Apollo's default (30 MiB).
 */
export function documentStore(maxBytes = 30 * 1024 * 1024): {
  get(key: string): Promise<DocumentNode | undefined>;
  set(key: string, value: DocumentNode): Promise<void>;
  delete(key: string): Promise<boolean>;
} {
  const documents = new LRUCache<string, DocumentNode>({
    maxSize: maxBytes,
    sizeCalculation: (document) => Math.max(1, (document.loc?.end ?? 1_000) * AST_BYTES_PER_SOURCE_CHAR),
  });
  return {
    get: async (key) => documents.get(key),
    set: async (key, value) => {
      documents.set(key, value);
    },
    delete: async (key) => documents.delete(key),
  };
}

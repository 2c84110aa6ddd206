import type { Doc } from '../doc.js';
import type { CopyLink } from '../types.js';

/** Placeholder: one story. */
export function clusterDocs(docs: Doc[], _copies: CopyLink[]): string[][] {
  return docs.length ? [docs.map((d) => d.article.id)] : [];
}

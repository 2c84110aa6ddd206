// A Doc from a plain string, for entity tests (one paragraph per line, split like the normalise stage).
import type { Doc } from '../src/doc.js';
import { normalise, toCanonical } from '../src/text/normalise.js';
import { splitSentences } from '../src/text/sentences.js';

export function docOf(original: string, lang = 'ar', id = 't'): Doc {
  const norm = normalise(original);
  const kept = [{ start: 0, end: original.length }];
  const sentences: Doc['sentences'] = [];
  for (const [nStart, nEnd] of splitSentences(norm.text, 0, toCanonical(norm, original.length))) {
    sentences.push({ nStart, nEnd, start: norm.origStart[nStart] as number, end: norm.origEnd[nEnd - 1] as number });
  }
  const article = {
    id,
    source: id,
    title: '',
    publishedInferred: false,
    language: lang,
    original,
    kept,
    text: original,
    removed: [],
    flags: [],
  };
  return { article, norm, sentences, lang };
}

import type { Article, InputError, RawInput } from '../types.js';

/** Placeholder: one raw input becomes an article (text as is), or an error naming it. */
export function readInput(input: RawInput): Article | InputError {
  const original = input.text ?? '';
  if (!original.trim()) return { source: input.source, message: 'empty: no text' };
  return {
    id: input.id,
    source: input.source,
    url: input.url,
    outlet: input.outlet,
    title: input.title ?? '',
    published: input.published,
    publishedInferred: false,
    language: 'und',
    original,
    kept: [{ start: 0, end: original.length }],
    text: original,
    removed: [],
    flags: [],
  };
}

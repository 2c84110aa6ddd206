import type { Article } from '../types.js';

/** Placeholder: keeps every paragraph. */
export function cleanArticles(_articles: Article[]): void {}

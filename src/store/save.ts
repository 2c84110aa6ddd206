import type { Article, Story } from '../types.js';

/** Placeholder. */
export async function saveResult(_db: string, _articles: Article[], _stories: Story[]): Promise<void> {}

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeInputs } from '../src/core.js';
import { openSqliteStore } from '../src/store/open.js';
import type { Article } from '../src/types.js';
import { seedFiles, textInput } from './helpers.js';

const tmpDb = () => join(mkdtempSync(join(tmpdir(), 'marsad-store-')), 'test.db');

describe('SQLite store', () => {
  it('stores the seeds and is idempotent when the same files are analysed again', async () => {
    const db = tmpDb();
    const inputs = seedFiles().map(textInput);
    const first = await analyzeInputs(inputs, { db });
    const store = await openSqliteStore(db);
    const before = await store.counts();
    await store.close();
    expect(before.articles).toBe(5);
    expect(before.stories).toBe(first.stories.length);

    const second = await analyzeInputs(inputs, { db });
    const again = await openSqliteStore(db);
    expect(await again.counts()).toEqual(before);
    expect(second.stories.map((s) => s.id)).toEqual(first.stories.map((s) => s.id));
    const story = await again.getStory(first.stories[0]?.id ?? '');
    expect(story?.articleIds.sort()).toEqual(first.stories[0]?.articleIds.sort());
    await again.close();
  });

  it('keeps what was stored when a save fails half-way', async () => {
    const db = tmpDb();
    await analyzeInputs(seedFiles().slice(0, 2).map(textInput), { db });
    const store = await openSqliteStore(db);
    const before = await store.counts();
    const good: Article = {
      id: 'fresh',
      source: 'x',
      title: 't',
      publishedInferred: false,
      language: 'ar',
      original: 'نص',
      kept: [],
      text: '',
      removed: [],
      flags: [],
    };
    const broken = { ...good, id: 'broken', title: null } as unknown as Article; // NOT NULL title makes the second insert fail
    await expect(store.save([good, broken], [])).rejects.toThrow();
    expect(await store.counts()).toEqual(before);
    expect(await store.getArticle('fresh')).toBeUndefined();
    await store.close();
  });

  it('replaces a story when its articles are analysed again with more reports', async () => {
    const db = tmpDb();
    const files = seedFiles();
    await analyzeInputs(files.slice(0, 3).map(textInput), { db });
    await analyzeInputs(files.map(textInput), { db });
    const store = await openSqliteStore(db);
    const stories = await store.listStories();
    const all = stories.flatMap((s) => s.articleCount);
    expect(all.reduce((a, b) => a + b, 0)).toBe(5); // no article sits in two stored stories
    await store.close();
  });
});

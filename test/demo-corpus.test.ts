// The demo corpus and the fact gold are data other tests trust: check they are well-formed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { EventType, FigureKind, Qualifier } from '../src/types.js';
import { demoDir, demoReportsDir, repoRoot } from './helpers.js';

const figureKinds: Record<FigureKind, true> = {
  killed: true,
  injured: true,
  arrested: true,
  deployed: true,
  missing: true,
  displaced: true,
  'detained-released': true,
  evacuated: true,
  other: true,
};
const qualifiers: Record<Qualifier, true> = {
  exact: true,
  'more-than': true,
  'at-least': true,
  about: true,
  'up-to': true,
  range: true,
};
const eventTypes: Record<EventType, true> = {
  protest: true,
  riot: true,
  'violence-against-civilians': true,
  'armed-clash': true,
  arrests: true,
  looting: true,
  'foreign-deployment': true,
  dismissal: true,
  appointment: true,
  resignation: true,
  'state-of-emergency': true,
  curfew: true,
  'internet-shutdown': true,
  statement: true,
  sanction: true,
  other: true,
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The text Marsad sees for each demo article, keyed by article id. */
function demoTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of readdirSync(demoReportsDir)) {
    const path = join(demoReportsDir, file);
    const ext = extname(file);
    const id = file.slice(0, -ext.length);
    if (ext === '.txt') texts.set(id, readFileSync(path, 'utf8'));
    if (ext === '.html') {
      const { document } = parseHTML(readFileSync(path, 'utf8'));
      const read = new Readability(document as unknown as Document).parse();
      texts.set(id, `${read?.title ?? ''}\n${read?.textContent ?? ''}`);
    }
    if (ext === '.jsonl') {
      for (const line of readFileSync(path, 'utf8').split('\n').filter(Boolean)) {
        const row = JSON.parse(line) as { id: string; title: string; text: string };
        texts.set(row.id, `${row.title}\n${row.text}`);
      }
    }
  }
  return texts;
}

interface Expected {
  storyCount: number;
  undated: string[];
  copies: Array<[string, string]>;
  publishedInferred: Record<string, string>;
  figures: Array<{ articleId: string; kind: FigureKind; value: number; qualifier: Qualifier; surface: string }>;
  quotes: Array<{ articleId: string; speaker: string; text: string }>;
  entities: Array<{ name: string; variants: string[] }>;
  events: Array<{ articleId: string; type: EventType; date: string; trigger: string }>;
}

describe('demo corpus', () => {
  const files = readdirSync(demoReportsDir);
  const texts = demoTexts();
  const expected = JSON.parse(readFileSync(join(demoDir, 'expected.json'), 'utf8')) as Expected;

  it('has 8 to 10 articles, each a short report in valid UTF-8', () => {
    for (const file of files) {
      const bytes = readFileSync(join(demoReportsDir, file));
      expect(bytes.length, file).toBeGreaterThan(0);
      expect(() => strictUtf8.decode(bytes), file).not.toThrow();
    }
    expect(texts.size).toBeGreaterThanOrEqual(8);
    expect(texts.size).toBeLessThanOrEqual(10);
    for (const [id, text] of texts) {
      expect(words(text), id).toBeGreaterThanOrEqual(150);
      expect(words(text), id).toBeLessThanOrEqual(400);
    }
  });

  it('gives every text file a title on its first line', () => {
    for (const file of files.filter((f) => f.endsWith('.txt'))) {
      const first = readFileSync(join(demoReportsDir, file), 'utf8').split('\n')[0] ?? '';
      expect(first.trim().length, file).toBeGreaterThan(10);
    }
  });

  it('gives the HTML page a publication time and the JSONL rows every field', () => {
    const html = files.filter((f) => f.endsWith('.html'));
    expect(html).toHaveLength(1);
    expect(readFileSync(join(demoReportsDir, html[0] ?? ''), 'utf8')).toMatch(
      /<meta property="article:published_time" content="2023-09-\d\dT/,
    );
    const jsonl = files.filter((f) => f.endsWith('.jsonl'));
    expect(jsonl).toHaveLength(1);
    for (const line of readFileSync(join(demoReportsDir, jsonl[0] ?? ''), 'utf8')
      .split('\n')
      .filter(Boolean)) {
      const row = JSON.parse(line) as Record<string, unknown>;
      for (const key of ['id', 'url', 'title', 'published', 'text']) expect(typeof row[key], key).toBe('string');
    }
  });

  it('lists in expected.json only facts that occur in the named article', () => {
    expect(expected.storyCount).toBe(1);
    expect(expected.figures.length).toBeGreaterThanOrEqual(10);
    expect(expected.quotes.length).toBeGreaterThanOrEqual(5);
    expect(expected.entities.length).toBeGreaterThanOrEqual(4);
    const ids = [...expected.undated, ...expected.copies.flat(), ...Object.keys(expected.publishedInferred)];
    for (const id of ids) expect(texts.has(id), id).toBe(true);
    for (const f of expected.figures) {
      expect(texts.get(f.articleId), f.surface).toContain(f.surface);
      expect(figureKinds[f.kind], f.kind).toBe(true);
      expect(qualifiers[f.qualifier], f.qualifier).toBe(true);
    }
    for (const q of expected.quotes) expect(texts.get(q.articleId), q.text).toContain(q.text);
    for (const e of expected.events) {
      expect(texts.get(e.articleId), e.trigger).toContain(e.trigger);
      expect(eventTypes[e.type], e.type).toBe(true);
    }
    const all = [...texts.values()].join('\n');
    for (const e of expected.entities) for (const v of e.variants) expect(all, v).toContain(v);
  });

  it('keeps the undated reports free of a written date', () => {
    for (const id of expected.undated) expect(texts.get(id)).not.toMatch(/20\d\d|٢٠٢٣/);
  });
});

interface GoldFacts {
  language: string;
  published: string;
  figures: Array<{ kind: FigureKind; value: number; qualifier: Qualifier; group?: string; surface: string }>;
  quotes: Array<{ speaker: string; text: string; kind: string }>;
  events: Array<{ type: EventType; date?: string; trigger: string }>;
}

describe('fact gold reports written for Marsad', () => {
  const goldDir = join(repoRoot, 'eval/gold/facts');
  const slugs = existsSync(goldDir) ? readdirSync(goldDir).filter((s) => existsSync(join(goldDir, s, 'article.txt'))) : [];
  const load = (slug: string): { text: string; gold: GoldFacts } => ({
    text: readFileSync(join(goldDir, slug, 'article.txt'), 'utf8'),
    gold: JSON.parse(readFileSync(join(goldDir, slug, 'gold.json'), 'utf8')) as GoldFacts,
  });

  it('has at least 15 Arabic and 10 English reports of 120 to 300 words', () => {
    const langs = slugs.map((s) => load(s).gold.language);
    expect(langs.filter((l) => l === 'ar').length).toBeGreaterThanOrEqual(15);
    expect(langs.filter((l) => l === 'en').length).toBeGreaterThanOrEqual(10);
    for (const slug of slugs) {
      const n = words(load(slug).text);
      expect(n, slug).toBeGreaterThanOrEqual(120);
      expect(n, slug).toBeLessThanOrEqual(300);
    }
  });

  it('annotates only substrings of the article, with known kinds, qualifiers, types and dates', () => {
    for (const slug of slugs) {
      const { text, gold } = load(slug);
      expect(gold.published, slug).toMatch(isoDate);
      for (const f of gold.figures) {
        expect(text, `${slug}: ${f.surface}`).toContain(f.surface);
        expect(figureKinds[f.kind], `${slug}: ${f.kind}`).toBe(true);
        expect(qualifiers[f.qualifier], `${slug}: ${f.qualifier}`).toBe(true);
        expect(Number.isFinite(f.value), slug).toBe(true);
      }
      for (const q of gold.quotes) {
        expect(text, `${slug}: ${q.text}`).toContain(q.text);
        expect(['direct', 'indirect'], slug).toContain(q.kind);
        if (q.speaker !== 'unnamed') expect(text, `${slug}: ${q.speaker}`).toContain(q.speaker);
      }
      for (const e of gold.events) {
        expect(text, `${slug}: ${e.trigger}`).toContain(e.trigger);
        expect(eventTypes[e.type], `${slug}: ${e.type}`).toBe(true);
        if (e.date !== undefined) expect(e.date, slug).toMatch(isoDate);
      }
    }
  });
});

// Gold facts for figures, quotes and events: one folder per report under eval/gold/facts/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventType, FigureKind, LangCode, Qualifier } from '../src/types.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const factsDir = join(repoRoot, 'eval/gold/facts');

export interface GoldFigure {
  kind: FigureKind;
  value: number;
  qualifier: Qualifier;
  group?: string;
  attributedTo?: string;
  surface: string;
}

export interface GoldQuote {
  speaker: string;
  text: string;
  kind: 'direct' | 'indirect';
}

export interface GoldEvent {
  type: EventType;
  date?: string;
  trigger: string;
}

export interface FactGold {
  slug: string;
  language: LangCode;
  published: string;
  text: string;
  /** The article file the text was read from. */
  source: string;
  figures: GoldFigure[];
  quotes: GoldQuote[];
  events: GoldEvent[];
}

interface GoldFile {
  source?: string;
  language: LangCode;
  published: string;
  figures?: GoldFigure[];
  quotes?: GoldQuote[];
  events?: GoldEvent[];
}

const readJson = (path: string): Partial<GoldFile> =>
  existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Partial<GoldFile>) : {};

/** Every gold report, by slug; gold-quotes-events.json beside gold.json adds (or replaces) quotes and events. */
export function loadFactGold(dir: string = factsDir): FactGold[] {
  if (!existsSync(dir)) return [];
  const out: FactGold[] = [];
  for (const slug of readdirSync(dir).sort()) {
    const folder = join(dir, slug);
    const goldPath = join(folder, 'gold.json');
    const extraPath = join(folder, 'gold-quotes-events.json');
    if (!existsSync(goldPath) && !existsSync(extraPath)) continue;
    const gold = readJson(goldPath);
    const extra = readJson(extraPath);
    const merged = { ...extra, ...gold } as Partial<GoldFile>;
    const source = merged.source ? resolve(repoRoot, merged.source) : join(folder, 'article.txt');
    if (!existsSync(source)) throw new Error(`gold ${slug}: no article text at ${source}`);
    if (!merged.language || !merged.published) throw new Error(`gold ${slug}: language and published are required`);
    out.push({
      slug,
      language: merged.language,
      published: merged.published,
      text: readFileSync(source, 'utf8'),
      source,
      figures: gold.figures ?? extra.figures ?? [],
      quotes: extra.quotes ?? gold.quotes ?? [],
      events: extra.events ?? gold.events ?? [],
    });
  }
  return out;
}

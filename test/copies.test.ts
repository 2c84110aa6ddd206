import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawInput } from '../src/types.js';
import { runUpTo, seedFiles } from './helpers.js';

const seeds = seedFiles().map((p) => ({ id: basename(p, '.txt'), text: readFileSync(p, 'utf8') }));

/** A syndicated rewrite: new headline, one paragraph dropped, an agency credit added. */
function syndicate(text: string): string {
  const paras = text.split(/\n\s*\n/);
  return ['عنوان جديد لنفس الخبر', ...paras.slice(1, -2), paras.at(-1) ?? '', '(وكالات)'].join('\n\n');
}

describe('copy detection', () => {
  it('links a syndicated rewrite of a seed to it, and no two seeds to each other', async () => {
    const inputs: RawInput[] = seeds.map((s) => ({ id: s.id, source: s.id, text: s.text }));
    const original = seeds[1];
    if (!original) throw new Error('seeds missing');
    inputs.push({ id: 'rewrite', source: 'rewrite', text: syndicate(original.text) });
    const ctx = await runUpTo(inputs, 'dedupe');
    expect(ctx.copies).toHaveLength(1);
    expect(ctx.copies[0]).toMatchObject({ articleId: 'rewrite', copyOf: original.id });
    expect(ctx.copies[0]?.similarity).toBeGreaterThan(0.5);
  });

  it('calls an exact copy a duplicate and points a copy of a copy at the first report', async () => {
    const s = seeds[0];
    if (!s) throw new Error('seeds missing');
    const inputs: RawInput[] = [
      { id: 'a', source: 'a', text: s.text, published: '2022-01-07' },
      { id: 'b', source: 'b', text: s.text, published: '2022-01-08' },
      { id: 'c', source: 'c', text: syndicate(s.text), published: '2022-01-09' },
    ];
    const ctx = await runUpTo(inputs, 'dedupe');
    const byId = new Map(ctx.copies.map((c) => [c.articleId, c]));
    expect(byId.get('b')).toMatchObject({ copyOf: 'a', kind: 'duplicate' });
    expect(byId.get('c')?.copyOf).toBe('a');
    expect(byId.has('a')).toBe(false);
  });

  it('finds every planted copy in a generated corpus of 300 reports and nothing else', async () => {
    const vocab =
      'مدينة حكومة احتجاج قوات شرطة وزارة مطار طائرة سوق مستشفى جريح قتيل اعتقال رئيس بيان مجلس برلمان حدود نفط غاز'.split(' ');
    let seed = 1;
    const rnd = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const doc = () => `${Array.from({ length: 160 }, () => vocab[Math.floor(rnd() * vocab.length)]).join(' ')}.`;
    const inputs: RawInput[] = Array.from({ length: 280 }, (_, i) => ({
      id: `d${i}`,
      source: `d${i}`,
      text: `تقرير رقم ${i}\n\n${doc()}`,
    }));
    for (let k = 0; k < 20; k++) {
      const body = (inputs[k * 7]?.text ?? '').split('\n\n')[1] ?? '';
      const words = body.split(' ');
      words.splice(10, 8); // a copy that lost a few words
      inputs.push({ id: `copy${k}`, source: `copy${k}`, text: `نسخة ${k}\n\n${words.join(' ')}` });
    }
    const ctx = await runUpTo(inputs, 'dedupe');
    const found = new Map(ctx.copies.map((c) => [c.articleId, c.copyOf]));
    for (let k = 0; k < 20; k++) expect(found.get(`copy${k}`)).toBe(`d${k * 7}`);
    expect(ctx.copies).toHaveLength(20);
  });
});

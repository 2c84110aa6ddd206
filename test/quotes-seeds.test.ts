import { beforeAll, describe, expect, test } from 'vitest';
import type { Context } from '../src/pipeline.js';
import type { Quote } from '../src/types.js';
import { runUpTo, seedFiles, textInput } from './helpers.js';

let ctx: Context;
beforeAll(async () => {
  ctx = await runUpTo(seedFiles().map(textInput), 'reconcile');
}, 60_000);

const seedQuote = (seed: string, part: string): Quote => {
  const q = ctx.quotes.find((x) => x.articleId.startsWith(seed) && x.text.includes(part));
  if (!q) throw new Error(`no quote in ${seed} holding "${part}"`);
  return q;
};
/** The speaker as written, or the name of the entity the story stage linked it to. */
const speakerOf = (q: Quote): string => {
  const entity = ctx.stories.flatMap((s) => s.entities).find((e) => e.id === q.speakerEntityId);
  return `${q.speaker ?? ''} | ${entity?.name ?? ''}`;
};

describe('speakers on the seed reports', () => {
  test.each([
    ['000', 'أعطيت الأمر لقوات'],
    ['000', 'أي نوع من المفاوضات'],
    ['000', 'يجب تدميرهم'],
    ['001', 'أمرت قوات الأمن والجيش'],
    ['001', 'الإعلام الحر وبعض الأشخاص'],
  ])('Tokayev speaks in %s: "%s"', (seed, part) => {
    expect(speakerOf(seedQuote(seed, part))).toContain('توكاييف');
  });

  test.each([
    ['003', 'بثورات ملوَّنة'],
    ['004', 'لقد أظهرت الخطوات'],
    ['004', 'ثورات ملونة'],
  ])('Putin speaks in %s: "%s"', (seed, part) => {
    expect(speakerOf(seedQuote(seed, part))).toContain('بوتين');
  });

  test('an unnamed woman, an unnamed person talking to CNN, and the bare "وقال" after them', () => {
    const woman = seedQuote('000', 'لسنا بلطجية');
    expect(woman.speaker).toBe('إحدى النساء');
    expect(woman.speakerEntityId).toBeUndefined();
    expect(seedQuote('000', 'الشيء الوحيد الذي يزدهر').speaker).toBe('إحدى النساء');
    const person = seedQuote('000', 'يريدون الحقيقة');
    expect(person.speaker).toBe('شخص آخر');
    expect(person.speakerOutlet).toBe('CNN');
    const carried = seedQuote('000', 'الحكومة غنية');
    expect(carried.speaker).toBe('شخص آخر');
    expect(carried.verb).toBe('وقال');
  });

  test('Amnesty, its director and Kasparov', () => {
    expect(seedQuote('000', 'نتيجة مباشرة لقمع').speaker).toBe('منظمة العفو الدولية');
    expect(seedQuote('000', 'على مدى سنوات').speaker).toBe('ماري ستروترز');
    expect(speakerOf(seedQuote('002', 'هل يولي بايدن'))).toContain('كاسباروف');
  });

  test('indirect speech keeps its speaker: Germany halts arms exports', () => {
    const q = seedQuote('003', 'ستوقف تصدير الأسلحة');
    expect(q.kind).toBe('indirect');
    expect(q.speaker).toBe('ألمانيا');
  });

  test('spans point into the original text', () => {
    for (const q of ctx.quotes) {
      const article = ctx.articles.find((a) => a.id === q.articleId);
      expect(article?.original.slice(q.start, q.end)).toBe(q.text);
      if (q.speakerStart !== undefined) expect(q.speakerEnd).toBeGreaterThan(q.speakerStart);
    }
  });

  test('shortcode attributes full of quote marks give no quotes', () => {
    expect(ctx.quotes.filter((q) => /region|label|EG/.test(q.text))).toEqual([]);
  });
});

describe('statements across the seed reports', () => {
  test('the two translations of the shoot-to-kill order are one statement', () => {
    expect(seedQuote('000', 'أعطيت الأمر لقوات').statementId).toBe(seedQuote('001', 'أمرت قوات الأمن والجيش').statementId);
  });

  test('"what negotiations with criminals" in two wordings is one statement, apart from the order', () => {
    const a = seedQuote('000', 'أي نوع من المفاوضات');
    const b = seedQuote('001', 'ما نوع المفاوضات');
    expect(a.statementId).toBe(b.statementId);
    expect(a.statementId).not.toBe(seedQuote('000', 'أعطيت الأمر لقوات').statementId);
  });

  test('unrelated Tokayev quotes keep their own statements', () => {
    const ids = ['هراء', 'استقر', 'لفترة قصيرة من الوقت', 'أعطيت الأمر لقوات'].map((p) => seedQuote('000', p).statementId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

import { describe, expect, it } from 'vitest';
import { plainArticle } from '../src/article.js';
import { cleanArticles } from '../src/clean/index.js';
import { normalise } from '../src/text/normalise.js';
import type { Article } from '../src/types.js';

const article = (id: string, original: string, source = `/in/${id}.txt`): Article =>
  plainArticle(id, original, { source, language: 'ar' });

const ms = (f: () => void): number => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

describe('clean: adversarial inputs finish quickly', () => {
  it.each([
    ['50,000 "[" on one line', '['.repeat(50_000)],
    ['50,000 "[a " on one line', '[a '.repeat(50_000)],
    ['a shortcode that never closes', `[covid19-card ${'x="y" '.repeat(20_000)}`],
    ['a 1 MB single line of Arabic', 'قالت الوزارة إن الوضع مستقر '.repeat(36_000)],
    ['a 1 MB line of separators and digits', '12 - | : 2022-01-'.repeat(60_000)],
    ['20,000 short lines of teasers', 'READ  عنوان\n'.repeat(20_000)],
    ['10,000 distinct long lines', Array.from({ length: 10_000 }, (_, i) => `سطر رقم ${i} ${'كلمة '.repeat(15)}`).join('\n')],
    ['a 1 MB run of dots, quotes and spaces before one letter', `${'. "'.repeat(350_000)}x`],
    ['dates everywhere', '06-يناير-2022 '.repeat(40_000)],
  ])('%s', (_name, text) => {
    // Measured against one pass of the normaliser over the same text, so machine load cancels out;
    // catastrophic backtracking on these sizes would take minutes, not a few normaliser passes.
    const base = ms(() => normalise(text));
    expect(ms(() => cleanArticles([article('adv', text)]))).toBeLessThan(4 * base + 2_000);
  });
});

describe('clean: a large batch', () => {
  it('cleans 1,500 articles of one source in linear time', () => {
    const para = (i: number, j: number): string =>
      `وقال المتحدث في البيان رقم ${i}-${j} إن قوات الأمن انتشرت في ${j + 3} أحياء من المدينة بعد مواجهات أسفرت عن إصابة ${i % 50} شخصا.`;
    const make = (n: number): Article[] =>
      Array.from({ length: n }, (_, i) =>
        article(
          `b${i}`,
          `عنوان الخبر ${i}\n2022-01-${String((i % 28) + 1).padStart(2, '0')}\n\n${[0, 1, 2, 3, 4, 5].map((j) => para(i, j)).join('\n\n')}\n\nاقرأ أيضا: خبر ${i + 1}\n\nتابعونا على تلغرام`,
          `/site/b${i}.txt`,
        ),
      );
    const small = make(150);
    const big = make(1_500);
    const t0 = performance.now();
    cleanArticles(small);
    const t1 = performance.now();
    cleanArticles(big);
    const t2 = performance.now();
    expect(big[7]?.kept).toHaveLength(6);
    expect(big[7]?.published).toBe('2022-01-08');
    expect(big.every((a) => a.removed.some((r) => r.reason === 'read-more-teaser'))).toBe(true);
    // Ten times the articles may take at most ~20 times as long (noise included): no quadratic term.
    expect(t2 - t1).toBeLessThan(Math.max(20 * (t1 - t0), 2_000));
  });
});

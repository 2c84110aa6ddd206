// Backtracking guard: adversarial inputs must finish fast (a generous bound, not a speed target).
import { describe, expect, it } from 'vitest';
import { parse } from '../src/dims/index.js';
import { parseNumbers } from '../src/dims/number/index.js';
import { normaliseString } from '../src/text/normalise.js';
import { splitSentences } from '../src/text/sentences.js';
import { tokenize } from '../src/text/tokenize.js';

const BUDGET_MS = 2000;

const arabicNoPunctuation = (() => {
  const words = ['قالت', 'الشرطه', 'ان', 'المتظاهرين', 'تجمعوا', 'في', 'الساحه', 'الرئيسيه', 'وسط', 'المدينه', 'وثلاثه', 'الاف'];
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < 100_000; i++) {
    const w = words[(i * 7) % words.length] as string;
    out.push(w);
    size += w.length + 1;
  }
  return out.join(' ');
})();

const inputs: Array<[string, string]> = [
  ['10,000 digits', '7'.repeat(10_000)],
  ['digits with separators', '1,'.repeat(5_000) + '1.'.repeat(5_000)],
  ['5,000 dots', '.'.repeat(5_000)],
  ['و chains', 'وثلاثه '.repeat(5_000)],
  ['scale chains', 'الف و'.repeat(5_000)],
  ['qualifier chains', 'اكثر من '.repeat(3_000)],
  ['range chains', 'بين 1 و'.repeat(3_000)],
  ['quotes', '"'.repeat(5_000)],
  ['100 KB of Arabic without punctuation', arabicNoPunctuation],
];

describe.each(inputs)('%s', (_name, text) => {
  it('parseNumbers, splitSentences and tokenize finish quickly', () => {
    for (const run of [
      () => parseNumbers(text, 'ar'),
      () => parseNumbers(text, 'en'),
      () => splitSentences(text, 0, text.length),
      () => tokenize(text, 'ar'),
    ]) {
      const t0 = performance.now();
      run();
      expect(performance.now() - t0).toBeLessThan(BUDGET_MS);
    }
  });
});

describe('chains still parse sensibly', () => {
  it('reads "وثلاثه" repeated as separate threes, not one huge number', () => {
    const found = parseNumbers('وثلاثه '.repeat(50), 'ar');
    expect(found.length).toBe(50);
    expect(found.every((m) => m.value === 3)).toBe(true);
  });

  it('reads a long digit run as one number', () => {
    const [m] = parseNumbers('7'.repeat(400), 'ar');
    expect(m?.end).toBe(400);
  });

  it('parse() stays fast on 100 KB', () => {
    const t0 = performance.now();
    parse(normaliseString(arabicNoPunctuation), { lang: 'ar' });
    expect(performance.now() - t0).toBeLessThan(BUDGET_MS);
  });
});

import { expect, test } from 'vitest';
import type { EventLexicon } from '../src/extract/events/lexicon.js';
import { findTriggers } from '../src/extract/events/triggers.js';
import { languages } from '../src/lang/index.js';
import { normaliseString } from '../src/text/normalise.js';

const ar = languages.ar?.events as EventLexicon;
const en = languages.en?.events as EventLexicon;
const types = (lex: EventLexicon, text: string): string[] => {
  const canonical = normaliseString(text);
  return findTriggers(lex, canonical, 0, canonical.length).map((h) => `${h.type}:${canonical.slice(h.start, h.end)}`);
};

test('triggers match with proclitics and endings, never inside another word', () => {
  expect(types(ar, 'واعتقلت الشرطة العشرات بعد الاحتجاجات')).toEqual(['arrests:اعتقلت', 'protest:احتجاجات']);
  expect(types(ar, 'أعلنت الحكومة حالة الطوارئ وفرضت حظر التجول')).toEqual([
    'state-of-emergency:حاله الطوارئ',
    'curfew:حظر التجول',
  ]);
  expect(types(ar, 'قدم استقالته أمس')).toEqual(['resignation:استقالته']);
  // 'عين' (appointed) must not fire inside معين or عينات
  expect(types(ar, 'في وقت معين جمعت عينات من التربة')).toEqual([]);
});

test('a longer trigger wins over the shorter one it contains', () => {
  expect(types(ar, 'أوقفت ألمانيا حظر تصدير الأسلحة')).toEqual(['sanction:حظر تصدير الاسلحه']);
  expect(types(en, 'The UN imposed an arms embargo and sanctions.')).toEqual(['sanction:arms embargo', 'sanction:sanctions']);
});

test('English triggers', () => {
  expect(types(en, 'Police arrested 40 people as riots spread; a curfew was declared.')).toEqual([
    'arrests:arrested',
    'riot:riots',
    'curfew:curfew',
  ]);
});

test('adversarial input finishes quickly', () => {
  const text = normaliseString('والاحتجاجاتت '.repeat(5000) + 'حظر '.repeat(5000));
  const t0 = performance.now();
  findTriggers(ar, text, 0, text.length);
  expect(performance.now() - t0).toBeLessThan(2000);
});

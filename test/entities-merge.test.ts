// Merging, spelling keys and transliteration on hand-made mentions and short documents.
import { describe, expect, it } from 'vitest';
import { mergeEntities, recogniseEntities } from '../src/extract/entities/index.js';
import { arabicSkeleton, editDistance, latinSkeleton } from '../src/extract/entities/skeleton.js';
import { transliterate } from '../src/extract/entities/transliterate.js';
import { entities as ar } from '../src/lang/ar/entities.js';
import { docOf } from './entities-doc.js';

describe('spelling keys', () => {
  it('gives variant spellings of one name one consonant skeleton', () => {
    expect(arabicSkeleton('جومرت')).toBe(arabicSkeleton('جومارت'));
    expect(arabicSkeleton('الما اتا')).toBe(arabicSkeleton('الماتي'));
    expect(arabicSkeleton('كازخستان')).toBe(arabicSkeleton('كازاخستان'));
    expect(arabicSkeleton('ناتساربييف')).toBe(arabicSkeleton('نزارباييف'));
    expect(arabicSkeleton('بوتين')).not.toBe(arabicSkeleton('باتومي'));
    expect(latinSkeleton('Tokayev')).toBe(latinSkeleton('Tokaev'));
  });

  it('counts an adjacent swap as one edit (CTSO ~ CSTO)', () => {
    expect(editDistance('CTSO', 'CSTO')).toBe(1);
    expect(editDistance('NATO', 'OSCE')).toBeGreaterThan(1);
  });
});

describe('transliteration', () => {
  it.each([
    ['توكاييف', 'Tokayev'],
    ['نزارباييف', 'Nazarbayev'],
    ['الماتي', 'Almaty'],
    ['بوتين', 'Putin'],
    ['ماسيموف', 'Masimov'],
    ['كازاخستان', 'Kazakhstan'],
  ])('reads %s as %s', (arabic, latin) => {
    expect(transliterate(arabic, ar.transliteration)).toBe(latin);
  });

  it('reads نور سلطان close enough to Nur-Sultan to link by consonants', () => {
    expect(latinSkeleton(transliterate('نور سلطان', ar.transliteration))).toBe(latinSkeleton('Nur-Sultan'));
  });
});

describe('merging', () => {
  const merged = (texts: Array<[string, string]>) => {
    const docs = texts.map(([t, lang], i) => docOf(t, lang, `d${i}`));
    return mergeEntities(docs.flatMap(recogniseEntities), docs);
  };

  it('takes the Latin form a Latin-script report attests over the rule reading', () => {
    const es = merged([
      ['وقال وزير الخارجية الأرميني غاريغين بازيان إن المحادثات جارية.', 'ar'],
      ['Armenian Foreign Minister Garegin Bazyan said the talks were going on.', 'en'],
    ]);
    const p = es.filter((e) => e.type === 'person');
    expect(p).toHaveLength(1);
    expect(p[0]?.latin).toBe('Garegin Bazyan');
    // alone, the Arabic spelling is read by rule
    const alone = merged([['وقال وزير الخارجية الأرميني غاريغين بازيان إن المحادثات جارية.', 'ar']]);
    expect(alone.find((e) => e.type === 'person')?.latin).toBe('Garigin Bazian');
  });

  it('joins a family name to the one full name that holds it', () => {
    const es = merged([['وقال وزير الدفاع الأرميني سورين بابيكيان إن الجيش جاهز. وكرر بابيكيان ذلك.', 'ar']]);
    const p = es.filter((e) => e.type === 'person');
    expect(p).toHaveLength(1);
    expect(p[0]?.mentions).toHaveLength(2);
  });

  it('keeps apart two people who share a family name, and leaves the bare family name unattached', () => {
    const es = merged([
      ['وقال الرئيس إلهام علييف إن المحادثات مستمرة. وقالت نائبة الرئيس مهريبان علييفا إن الوفد وصل.', 'ar'],
      ['وقال وزير الخارجية جيهون بيرموف إن علييف سيزور موسكو.', 'ar'],
    ]);
    const persons = es.filter((e) => e.type === 'person');
    const ilham = persons.find((e) => e.aliases.includes('إلهام علييف'));
    const mehriban = persons.find((e) => e.aliases.includes('مهريبان علييفا'));
    expect(ilham && mehriban && ilham.id !== mehriban.id).toBe(true);
  });

  it('links an Arabic report and an English report through the Latin form', () => {
    const es = merged([
      ['وقال الرئيس قاسم جومارت توكاييف إن الوضع مستقر في ألماتي.', 'ar'],
      ['President Tokayev said the situation in Almaty was stable.', 'en'],
    ]);
    const tokayev = es.filter((e) => e.latin === 'Kassym-Jomart Tokayev');
    expect(tokayev).toHaveLength(1);
    expect(tokayev[0]?.mentions.map((m) => m.articleId).sort()).toEqual(['d0', 'd1']);
    const almaty = es.filter((e) => e.latin === 'Almaty');
    expect(almaty).toHaveLength(1);
    expect(almaty[0]?.mentions).toHaveLength(2);
  });

  it('merges an acronym typo with the acronym only within one type', () => {
    const es = merged([['وقال إن CSTO و CTSO و NATO أصدرت بيانات.', 'ar']]);
    const orgs = es.filter((e) => e.type === 'organization');
    expect(orgs.find((e) => e.aliases.includes('CSTO'))?.aliases).toContain('CTSO');
    expect(orgs.find((e) => e.aliases.includes('CSTO'))?.aliases).not.toContain('NATO');
  });

  it('gives stable ids', () => {
    const a = merged([['وقال الرئيس فلاديمير بوتين إن روسيا مستعدة.', 'ar']]).map((e) => e.id);
    const b = merged([['وقال الرئيس فلاديمير بوتين إن روسيا مستعدة.', 'ar']]).map((e) => e.id);
    expect(a).toEqual(b);
    expect(a).toContain('e-vladimir-putin');
  });
});

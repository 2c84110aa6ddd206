import { describe, expect, it } from 'vitest';
import type { Doc } from '../src/doc.js';
import { extractFigures } from '../src/extract/figures/index.js';
import { lexiconEntries } from '../src/extract/figures/lexicon.js';
import { tokenise } from '../src/extract/figures/phrases.js';
import { languages } from '../src/lang/index.js';
import { normalise, normaliseString } from '../src/text/normalise.js';
import { splitSentences } from '../src/text/sentences.js';
import type { Article, Figure, Mention, TimeMention } from '../src/types.js';

/** A one-article Doc: paragraphs split at blank lines, sentences by the project's splitter. */
function docOf(text: string, lang: string, ref = '2022-01-10'): Doc {
  const kept = [...text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const article: Article = {
    id: 'a1',
    source: 'test',
    title: '',
    publishedInferred: false,
    published: ref,
    language: lang,
    original: text,
    kept,
    text,
    removed: [],
    flags: [],
  };
  const norm = normalise(text);
  const sentences = kept.flatMap((p) =>
    splitSentences(norm.text, p.start, p.end).map(([nStart, nEnd]) => ({
      nStart,
      nEnd,
      start: norm.origStart[nStart] as number,
      end: norm.origEnd[nEnd - 1] as number,
    })),
  );
  return { article, norm, sentences, lang, ref };
}

const figuresOf = (text: string, lang = 'ar', times: TimeMention[] = [], mentions: Mention[] = []): Figure[] =>
  extractFigures(docOf(text, lang), times, mentions);

type Expect = Partial<Pick<Figure, 'kind' | 'value' | 'qualifier' | 'group' | 'attributedTo'>>;

// One row per real pattern from the issue: the text and every figure it must yield, in order.
const positives: Array<[string, string, Expect[]]> = [
  [
    'ar',
    'افادت وسائل الإعلام بمقتل 18 عنصرا أمنيا و 26 “مجرما مسلحا” في مظاهرات عنيفة.',
    [
      { kind: 'killed', value: 18, group: 'security forces', attributedTo: 'وسائل الإعلام' },
      { kind: 'killed', value: 26, group: 'armed criminals' },
    ],
  ],
  [
    'ar',
    'وأفادت الشرطة بسقوط 18 قتيلا و748 جريحا في صفوفها.',
    [
      { kind: 'killed', value: 18, group: 'police', attributedTo: 'الشرطة' },
      { kind: 'injured', value: 748, group: 'police' },
    ],
  ],
  [
    'ar',
    'أقرت السلطات بارتفاع عدد المعتقلين إلى 7 آلاف و939 شخصاً.',
    [{ kind: 'arrested', value: 7939, qualifier: 'exact', attributedTo: 'السلطات' }],
  ],
  ['ar', 'ووصل 2030 جنديا من منظمة معاهدة الأمن الجماعي.', [{ kind: 'deployed', value: 2030, group: 'CSTO troops' }]],
  ['ar', 'تم القبض على أكثر من 3000 شخص.', [{ kind: 'arrested', value: 3000, qualifier: 'more-than', group: 'people' }]],
  ['ar', 'واعتقل أكثر من 3 آلاف شخص في جميع أنحاء البلاد.', [{ kind: 'arrested', value: 3000, qualifier: 'more-than' }]],
  [
    'ar',
    'ووردت أنباء عن سقوط عشرات القتلى وجرح المئات في الاشتباكات.',
    [
      { kind: 'killed', qualifier: 'range' },
      { kind: 'injured', qualifier: 'range' },
    ],
  ],
  ['ar', 'فيما تم اعتقال قرابة 8000 شخص.', [{ kind: 'arrested', value: 8000, qualifier: 'about' }]],
  [
    'ar',
    'وسيتم نشر حوالي 3600 فرد من منظمة معاهدة الأمن الجماعي.',
    [{ kind: 'deployed', value: 3600, qualifier: 'about', group: 'CSTO troops' }],
  ],
  ['ar', 'وقتل 164 شخصاً حتى الآن.', [{ kind: 'killed', value: 164, qualifier: 'exact' }]],
  ['ar', 'بعد مقتل أكثر من 160 شخصًا في أعنف اضطرابات.', [{ kind: 'killed', value: 160, qualifier: 'more-than' }]],
  [
    'ar',
    'إلى سقوط عشرات القتلى وأكثر من ألف جريح بحسب السلطات.',
    [
      { kind: 'killed', qualifier: 'range', attributedTo: 'السلطات' },
      { kind: 'injured', value: 1000, qualifier: 'more-than', attributedTo: 'السلطات' },
    ],
  ],
  [
    'ar',
    'أعلنت وزارة الداخلية مقتل 26 “مجرما مسلحا” وإصابة 18 آخرين بجروح.',
    [
      { kind: 'killed', value: 26, group: 'armed criminals', attributedTo: 'وزارة الداخلية' },
      { kind: 'injured', value: 18, group: 'armed criminals' },
    ],
  ],
  [
    'ar',
    'وقتل العشرات من المدنيين وأكثر من عشرة من قوات الأمن الأسبوع الماضي.',
    [
      { kind: 'killed', qualifier: 'range', group: 'civilians' },
      { kind: 'killed', value: 10, qualifier: 'more-than', group: 'security forces' },
    ],
  ],
  [
    'ar',
    'وأفرجت السلطات عن 200 شخص بعد الإفراج عن 50 معتقلا أمس، وإجلاء 40 شخصا.',
    [
      { kind: 'detained-released', value: 200 },
      { kind: 'detained-released', value: 50 },
      { kind: 'evacuated', value: 40 },
    ],
  ],
  [
    'ar',
    'ولا يزال 12 شخصا في عداد المفقودين بينما نزح 3 آلاف شخص.',
    [
      { kind: 'missing', value: 12 },
      { kind: 'displaced', value: 3000 },
    ],
  ],
  [
    'en',
    'At least 18 police officers were killed, the interior ministry said.',
    [{ kind: 'killed', value: 18, qualifier: 'at-least', group: 'police', attributedTo: 'interior ministry' }],
  ],
  [
    'ar',
    'واعتقل 200 متظاهر وفقا لوسائل الإعلام المحلية.',
    [{ kind: 'arrested', value: 200, group: 'protesters', attributedTo: 'وسائل الإعلام' }],
  ],
  [
    'en',
    'Police killed as many as 300 protesters, according to the authorities.',
    [{ kind: 'killed', value: 300, group: 'protesters', attributedTo: 'the authorities' }],
  ],
  ['en', 'More than 3,000 people were detained.', [{ kind: 'arrested', value: 3000, qualifier: 'more-than', group: 'people' }]],
  ['en', 'Nearly 8,000 arrested across the country.', [{ kind: 'arrested', value: 8000 }]],
  ['en', 'The alliance sent 2,030 troops to Kazakhstan.', [{ kind: 'deployed', value: 2030 }]],
  [
    'en',
    'Police said 12 protesters were killed and 30 injured.',
    [
      { kind: 'killed', value: 12, group: 'protesters', attributedTo: 'police' },
      { kind: 'injured', value: 30 },
    ],
  ],
];

describe('figures: real patterns', () => {
  for (const [lang, text, expected] of positives) {
    it(`${lang}: ${text.slice(0, 60)}`, () => {
      const got = figuresOf(text, lang);
      expect(got.map((f) => f.kind)).toEqual(expected.map((e) => e.kind));
      expected.forEach((e, i) => {
        const f = got[i] as Figure;
        const { attributedTo, ...rest } = e;
        expect(f).toMatchObject(rest);
        if (attributedTo) expect(normaliseString(f.attributedTo ?? '').startsWith(normaliseString(attributedTo))).toBe(true);
        // provenance: the span points at the number phrase in the original text
        expect(text.slice(f.start, f.end)).toBe(f.surface);
        expect(f.sentence).toBe(text.slice(f.sentenceStart, f.sentenceStart + f.sentence.length));
      });
    });
  }

  it('keeps the qualifier and the bounds of a vague count', () => {
    const [f] = figuresOf('سقوط عشرات القتلى.');
    expect(f?.qualifier).toBe('range');
    expect(f?.min).toBeLessThan(f?.max ?? 0);
  });
});

// Numbers that must not become figures, each beside a word that would otherwise trigger one.
const negatives: Array<[string, string]> = [
  ['ar', 'وشدد على عقد تجمع سلمي في عام 2020 بعد مقتل متظاهرين.'],
  ['ar', 'قبل تقاعده في 2019 اعتقل معارضون.'],
  ['ar', 'اعتقل نزارباييف البالغ من العمر 81 عاما.'],
  ['ar', 'وحكم لما يقرب من ثلاثة عقود قبل مقتل الزعيم.'],
  ['ar', 'قتل مسلحون لمدة اسبوعين.'],
  ['ar', 'ارتفع سعر الغاز بنسبة 100% بعد مقتل محتجين.'],
  ['ar', 'وتستمر المظاهرات لليوم الثامن وسط اعتقالات.'],
  ['ar', 'قيمة المواد المصدرة 2,2 مليون يورو في العام 2021.'],
  ['ar', 'مع إقامة سبعين نقطة تفتيش في أنحاء البلاد.'],
  // A claimed number of attackers is no casualty, arrest or deployment count: no trigger, no figure (not even 'other').
  ['ar', 'تعرضت ألماتي لهجوم من قبل 20 ألف مجرم.'],
  ['ar', 'ووضعت يدها على خمس طائرات بينها طائرات أجنبية.'],
  ['ar', 'ونشرت القوات 250 وحدة من المعدات و40 دبابة.'], // equipment is not a head count, even beside a deployment verb
  ['ar', 'وأرسلت دول عدة طائرات وفرق إطفاء.'],
  ['ar', 'وتجمع آلاف المحتجين في وسط المدينة.'],
  ['ar', 'confirmed-label=”اجمالي الوفيات” deaths-24h=”true”'],
  ['en', 'He retired in 2019 after protesters were killed.'],
  ['en', 'Fuel prices rose 100% and officers arrested nobody.'],
  ['en', 'The 81 years old leader was not detained.'],
  ['en', 'Hospitals filled with Covid-19 deaths and MiG-29 jets were deployed.'],
];

describe('figures: not figures', () => {
  for (const [lang, text] of negatives) {
    it(`${lang}: ${text.slice(0, 60)}`, () => {
      expect(figuresOf(text, lang).map((f) => `${f.kind} ${f.value} ${f.surface}`)).toEqual([]);
    });
  }

  it('skips a number inside a time expression', () => {
    const text = 'اعتقل المتظاهرون حتى 19 يناير.';
    const start = text.indexOf('19');
    const time: TimeMention = {
      articleId: 'a1',
      start,
      end: start + 8,
      text: '19 يناير',
      value: '2022-01-19',
      grain: 'day',
      relative: false,
    };
    expect(figuresOf(text, 'ar', [time])).toEqual([]);
  });
});

describe('figures: place and date', () => {
  it('takes the nearest place and the day named in the sentence', () => {
    const text = 'في ألماتي قتل أكثر من 100 شخص يوم الخميس.';
    const place: Mention = { articleId: 'a1', start: 3, end: 9, text: 'ألماتي', type: 'place', key: 'الماتي' };
    const s = text.indexOf('يوم');
    const time: TimeMention = {
      articleId: 'a1',
      start: s,
      end: s + 9,
      text: 'يوم الخميس',
      value: '2022-01-06T00:00:00',
      grain: 'day',
      relative: true,
    };
    const [f] = figuresOf(text, 'ar', [time], [place]);
    expect(f).toMatchObject({ kind: 'killed', place: 'ألماتي', date: '2022-01-06', dateInferred: false });
  });

  it('falls back to the article date, marked inferred, and ignores a coarse week', () => {
    const text = 'وقتل 164 شخصا الأسبوع الماضي.';
    const s = text.indexOf('الأسبوع');
    const week: TimeMention = {
      articleId: 'a1',
      start: s,
      end: s + 14,
      text: 'الأسبوع الماضي',
      value: '2022-01-03T00:00:00',
      grain: 'week',
      relative: true,
    };
    const [f] = figuresOf(text, 'ar', [week]);
    expect(f).toMatchObject({ value: 164, date: '2022-01-10', dateInferred: true });
  });
});

describe('figures lexicons', () => {
  it('stores every entry in canonical form', () => {
    for (const [code, lang] of Object.entries(languages)) {
      for (const entry of lexiconEntries(lang.figures)) expect(normaliseString(entry), `${code}: ${entry}`).toBe(entry);
    }
  });

  it('gives Arabic and English the same kinds of triggers', () => {
    expect(Object.keys(languages.en?.figures.triggers ?? {}).sort()).toEqual(
      Object.keys(languages.ar?.figures.triggers ?? {}).sort(),
    );
  });

  it('tokenises and extracts adversarial input quickly', () => {
    const long = `${'قتل 5 '.repeat(3000)}${'و'.repeat(20000)}${'1,'.repeat(20000)}${'a'.repeat(20000)}!`;
    const t0 = performance.now();
    tokenise(long);
    figuresOf(`${'مقتل 18 قتيلا و '.repeat(300)}.`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

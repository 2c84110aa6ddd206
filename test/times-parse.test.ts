// parseTimes behaviour the corpus rows cannot show alone: weekday direction, calendar arithmetic, Hijri, speed.
import { describe, expect, it } from 'vitest';
import { hijriToGregorian } from '../src/dims/time/hijri.js';
import { parseTimes, type TimeMatch } from '../src/dims/time/index.js';
import type { TimeLexicon } from '../src/dims/time/lexicon.js';
import { format } from '../src/dims/time/moment.js';
import { languages } from '../src/lang/index.js';
import { normaliseString } from '../src/text/normalise.js';

const at = (iso: string) => new Date(iso);
/** The single match for a phrase: failing when there is none or several. */
function one(text: string, ref: string, lang = 'ar'): TimeMatch {
  const all = parseTimes(normaliseString(text), lang, at(ref));
  expect(all, text).toHaveLength(1);
  return all[0] as TimeMatch;
}

describe('weekday direction', () => {
  // 2022-01-06 is a Thursday.
  it('reads a bare weekday as the latest such day at or before the reference', () => {
    expect(one('الخميس', '2022-01-06T12:00:00')).toMatchObject({ value: '2022-01-06T00:00:00', weekday: 4, relative: true });
    expect(one('يوم الجمعة', '2022-01-06T12:00:00')).toMatchObject({ value: '2021-12-31T00:00:00', weekday: 5 });
    expect(one('on Friday', '2022-01-06T12:00:00', 'en')).toMatchObject({ value: '2021-12-31T00:00:00', weekday: 5 });
  });
  it('reads الماضي/last as strictly before and المقبل/القادم/next as strictly after', () => {
    expect(one('الخميس الماضي', '2022-01-06T12:00:00').value).toBe('2021-12-30T00:00:00');
    expect(one('last Thursday', '2022-01-06T12:00:00', 'en').value).toBe('2021-12-30T00:00:00');
    expect(one('الخميس المقبل', '2022-01-06T12:00:00').value).toBe('2022-01-13T00:00:00');
    expect(one('الجمعة القادمة', '2022-01-06T12:00:00').value).toBe('2022-01-07T00:00:00');
    expect(one('next Thursday', '2022-01-06T12:00:00', 'en').value).toBe('2022-01-13T00:00:00');
  });
  it('takes the day from اليوم/امس and the weekday from the name beside it', () => {
    expect(one('اليوم الجمعة', '2022-01-07T09:00:00')).toMatchObject({ value: '2022-01-07T00:00:00', weekday: 5 });
    expect(one('أمس السبت', '2022-01-09T09:00:00')).toMatchObject({ value: '2022-01-08T00:00:00', weekday: 6 });
  });
  it('needs context for الاثنين, which also means "both"', () => {
    expect(parseTimes(normaliseString('التقى الاثنين في القاهرة'), 'ar', at('2022-01-10T12:00:00'))).toEqual([]);
    expect(one('يوم الاثنين', '2022-01-12T12:00:00').value).toBe('2022-01-10T00:00:00');
  });
});

describe('arithmetic across month and year boundaries', () => {
  it('steps back over a year end and a leap day', () => {
    expect(one('غدا', '2021-12-31T23:00:00').value).toBe('2022-01-01T00:00:00');
    expect(one('أمس', '2024-03-01T08:00:00').value).toBe('2024-02-29T00:00:00');
    expect(one('قبل ثلاثة أيام', '2022-03-02T12:00:00').value).toBe('2022-02-27T00:00:00');
    expect(one('الأسبوع الماضي', '2022-01-01T12:00:00')).toMatchObject({ value: '2021-12-20T00:00:00', grain: 'week' });
    expect(one('الشهر الماضي', '2022-01-31T12:00:00')).toMatchObject({ value: '2021-12-01T00:00:00', grain: 'month' });
    expect(one('last year', '2022-01-01T00:00:00', 'en')).toMatchObject({ value: '2021-01-01T00:00:00', grain: 'year' });
  });
  it('gives a yearless day the occurrence nearest the reference', () => {
    expect(one('2 كانون الثاني', '2021-12-28T12:00:00').value).toBe('2022-01-02T00:00:00');
    expect(one('28 ديسمبر', '2022-01-03T12:00:00').value).toBe('2021-12-28T00:00:00');
    expect(one('19 يناير', '2022-01-07T12:00:00').value).toBe('2022-01-19T00:00:00');
  });
  it('keeps the reference wall clock whatever the time zone of the Date', () => {
    expect(one('قبل ساعتين', '2022-01-10T01:30:00')).toMatchObject({ value: '2022-01-09T23:00:00', grain: 'hour' });
  });
});

describe('hijri dates', () => {
  it('agrees with Intl islamic-civil over 40 years', () => {
    const fmt = new Intl.DateTimeFormat('en-u-ca-islamic-civil', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2030, 0, 1); t += 86_400_000 * 7) {
      const p = Object.fromEntries(fmt.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
      expect(format(hijriToGregorian(Number.parseInt(p.year ?? '', 10), Number(p.month), Number(p.day)))).toBe(format(t));
    }
  });
});

describe('lexicons', () => {
  it('stores every time entry in canonical form', () => {
    for (const [code, lang] of Object.entries(languages)) {
      const lex: TimeLexicon = lang.time;
      const entries = Object.values(lex).flatMap((v) =>
        Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'object' ? Object.keys(v) : [],
      );
      expect(entries.length, code).toBeGreaterThan(50);
      for (const e of entries) expect(normaliseString(e), `${code}: ${e}`).toBe(e);
    }
  });
});

describe('adversarial input', () => {
  const ref = at('2022-01-10T12:00:00');
  const inputs = [
    '1'.repeat(10_000),
    '.'.repeat(5_000),
    'يوم الجمعة '.repeat(2_000),
    'من 2 الى '.repeat(2_000),
    '2022-01-'.repeat(2_000),
    '1/'.repeat(5_000),
    'قبل '.repeat(3_000),
    'الساعة 1:'.repeat(2_000),
    `${'من 2 الى 5 '.repeat(1_000)}يناير`,
  ];
  it.each(inputs.map((s, i) => [i, s]))('input %i finishes quickly', (_i, s) => {
    const t0 = performance.now();
    parseTimes(normaliseString(s as string), 'ar', ref);
    parseTimes(normaliseString(s as string), 'en', ref);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('a named weekday beside a relative day', () => {
  it('wins over the reference when they disagree: "أمس السبت" in a Monday report is Saturday', async () => {
    const { parseTimes } = await import('../src/dims/time/index.js');
    const { normaliseString } = await import('../src/text/normalise.js');
    const [t] = parseTimes(normaliseString('أمس السبت'), 'ar', new Date('2022-01-10T12:00:00'));
    expect(t?.value.slice(0, 10)).toBe('2022-01-08');
    const [agree] = parseTimes(normaliseString('أمس الأحد'), 'ar', new Date('2022-01-10T12:00:00'));
    expect(agree?.value.slice(0, 10)).toBe('2022-01-09');
  });
});

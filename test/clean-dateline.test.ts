import { describe, expect, it } from 'vitest';
import { readByline } from '../src/clean/byline.js';
import { readDateline } from '../src/clean/dateline.js';
import { cleanArticles } from '../src/clean/index.js';
import { boilerplateLexicon } from '../src/clean/lexicon.js';
import { canonLine } from '../src/clean/page.js';
import type { Article } from '../src/types.js';

const lex = boilerplateLexicon();
const dateline = (line: string, lang = 'ar') => readDateline(line, 0, lang, lex);
const slice = (line: string, span?: { start: number; end: number }) => (span ? line.slice(span.start, span.end) : undefined);

describe('datelines', () => {
  it.each([
    ['06-يناير-2022', '2022-01-06', '06-يناير-2022', undefined],
    ['متابعات 2022-01-10 17:11:00', '2022-01-10T17:11:00', '2022-01-10 17:11:00', 'متابعات'],
    ['بوابة الشرق - بنغازي | 11-سبتمبر-2023', '2023-09-11', '11-سبتمبر-2023', 'بوابة الشرق - بنغازي'],
    ['صدى الأحداث | 2023-09-12 09:40:00', '2023-09-12T09:40:00', '2023-09-12 09:40:00', 'صدى الأحداث'],
    ['الرائد نيوز - الأربعاء 13 أيلول 2023', '2023-09-13', '13 أيلول 2023', 'الرائد نيوز'],
    ['نشر في: 15 سبتمبر، 2023 - 11:05 م', '2023-09-15T23:05:00', '15 سبتمبر، 2023 - 11:05 م', undefined],
    ['٦ كانون الثاني ٢٠٢٢', '2022-01-06', '٦ كانون الثاني ٢٠٢٢', undefined],
    ['By Libya Monitor staff | Sept. 14, 2023', '2023-09-14', 'Sept. 14, 2023', 'By Libya Monitor staff'],
    ['Published January 6, 2022', '2022-01-06', 'January 6, 2022', undefined],
  ])('%s → %s', (line, published, date, credit) => {
    const d = dateline(line);
    expect(d?.published).toBe(published);
    expect(slice(line, d?.date)).toContain(date); // the time parser may include the weekday
    expect(slice(line, d?.credit)).toBe(credit);
  });

  it.each([
    'قتل خمسة أشخاص في 6 يناير 2022 خلال مواجهات في العاصمة',
    'الاحتجاجات مستمرة منذ 2022-01-02',
    '2022',
    'يناير 2022',
    '31-فبراير-2022x',
    '45-يناير-2022',
    'Protests spread across the country on January 6, 2022',
  ])('not a dateline: %s', (line) => {
    expect(dateline(line)).toBeUndefined();
  });
});

describe('bylines', () => {
  it.each([
    ['الترا صوت – فريق التحرير', 'الترا صوت'],
    ['نبض الخبر - متابعات', 'نبض الخبر'],
    ['By Libya Monitor staff', 'Libya Monitor'],
    ['By Jane Doe', undefined],
    ['بقلم: أحمد علي', undefined],
  ])('%s → outlet %s', (line, outlet) => {
    const b = readByline(canonLine(line), line, lex);
    expect(b?.byline).toBe(line);
    expect(b?.outlet).toBe(outlet);
  });

  it('a sentence is not a byline', () => {
    const line = 'By nightfall, the army had taken the airport.';
    expect(readByline(canonLine(line), line, lex)).toBeUndefined();
  });
});

describe('header of a whole article', () => {
  const body = 'قالت وزارة الداخلية إن قوات الأمن اعتقلت 40 شخصا في العاصمة خلال مواجهات ليلية مع محتجين.';
  const run = (original: string, extra: Partial<Article> = {}): Article => {
    const a: Article = {
      id: 'x',
      source: '/in/x.txt',
      title: '',
      publishedInferred: false,
      language: 'ar',
      original,
      kept: [],
      text: original,
      removed: [],
      flags: [],
      ...extra,
    };
    cleanArticles([a]);
    return a;
  };

  it('reads title, outlet line and dateline and removes all three', () => {
    const a = run(`عنوان الخبر\nأخبار اليوم 24\nنشر في: 15 سبتمبر، 2023 - 11:05 م\n\n${body}`);
    expect(a.title).toBe('عنوان الخبر');
    expect(a.byline).toBe('أخبار اليوم 24');
    expect(a.published).toBe('2023-09-15T23:05:00');
    expect(a.removed.map((r) => r.reason)).toEqual(['title', 'byline', 'dateline']);
    expect(a.text).toBe(body);
  });

  it('keeps the date ingest gave, still taking the dateline out of the text', () => {
    const a = run(`عنوان\n\n06-يناير-2022\n\n${body}`, { published: '2022-01-07' });
    expect(a.published).toBe('2022-01-07');
    expect(a.publishedSpan).toBeUndefined();
    expect(a.text).toBe(body);
  });

  it('matches a title given by ingest against the first line only', () => {
    const a = run(`${body}\n\n${body.slice(0, 40)} وغيرها`, { title: 'عنوان آخر' });
    expect(a.title).toBe('عنوان آخر');
    expect(a.removed).toEqual([]);
  });

  it('removes a closing agency credit', () => {
    const a = run(`عنوان\n\n${body}\n\n(وكالات)`);
    expect(a.removed.at(-1)).toMatchObject({ reason: 'agency-credit', text: '(وكالات)' });
  });
});

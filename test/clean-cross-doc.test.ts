import { describe, expect, it } from 'vitest';
import { plainArticle } from '../src/article.js';
import { cleanArticles } from '../src/clean/index.js';
import type { Article } from '../src/types.js';

const article = (id: string, original: string, source = `/feeds/site-a/${id}.txt`): Article =>
  plainArticle(id, original, { source, language: 'ar' });

// Distinct news paragraphs, long enough to dominate each article.
const news = (i: number): string =>
  `قالت السلطات في المدينة رقم ${i} إن الأمطار الغزيرة تسببت في انهيار ${i + 2} منازل وإصابة ${i * 3 + 1} أشخاص بجروح مختلفة خلال الليل. ` +
  `وأوضح مسؤول محلي أن فرق الإنقاذ ما زالت تبحث عن مفقودين في الأحياء القريبة من الوادي رقم ${i}.`;
const SLOGAN = 'موقع الخبر اليقين: صوتك الحر';

describe('lines repeated across articles of one source', () => {
  it('removes a short line that three articles of the same folder print', () => {
    const batch = [1, 2, 3, 4].map((i) => article(`s${i}`, `عنوان ${i}\n\n${news(i)}\n\n${SLOGAN}`));
    cleanArticles(batch);
    for (const a of batch) {
      expect(a.removed.at(-1)).toMatchObject({ reason: 'repeated-across-articles', text: SLOGAN });
      expect(a.text).toContain(news(Number(a.id.slice(1))));
    }
  });

  it('keeps the line when only two articles of the source print it', () => {
    const batch = [1, 2].map((i) => article(`s${i}`, `عنوان ${i}\n\n${news(i)}\n\n${SLOGAN}`));
    batch.push(...[3, 4, 5, 6, 7, 8, 9, 10].map((i) => article(`o${i}`, `عنوان ${i}\n\n${news(i)}`, `/feeds/site-${i}/o.txt`)));
    cleanArticles(batch);
    expect(batch[0]?.text).toContain(SLOGAN);
  });

  it('keeps the lines of copies: three short copies of one story share every line', () => {
    const short = 'مقتل 5 أشخاص في انفجار وسط العاصمة صباح اليوم';
    const batch = [1, 2, 3].map((i) => article(`c${i}`, `عنوان ${i}\n\n${short}`));
    cleanArticles(batch);
    for (const a of batch) expect(a.text).toBe(short);
  });

  it('counts a line once per article, however often one article repeats it', () => {
    const batch = [article('r1', `عنوان\n\n${news(1)}\n\n${SLOGAN}\n\n${SLOGAN}\n\n${SLOGAN}`)];
    batch.push(...[2, 3, 4].map((i) => article(`r${i}`, `عنوان ${i}\n\n${news(i)}`)));
    cleanArticles(batch);
    expect(batch[0]?.removed.some((r) => r.reason === 'repeated-across-articles')).toBe(false);
  });

  it('groups by outlet before folder: the same slogan in three outlets of one folder is not enough', () => {
    const batch: Article[] = [1, 2, 3].map((i) => ({
      ...article(`u${i}`, `عنوان ${i}\n\n${news(i)}\n\n${SLOGAN}`),
      outlet: `outlet ${i}`,
    }));
    batch.push(...[4, 5, 6, 7, 8, 9, 10, 11].map((i) => article(`v${i}`, `عنوان ${i}\n\n${news(i)}`, `/x/${i}/v.txt`)));
    cleanArticles(batch);
    expect(batch[0]?.text).toContain(SLOGAN);
  });
});

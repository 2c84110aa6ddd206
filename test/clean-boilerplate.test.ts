import { describe, expect, it } from 'vitest';
import { plainArticle } from '../src/article.js';
import { boilerplateReason } from '../src/clean/boilerplate.js';
import { cleanArticles } from '../src/clean/index.js';
import { boilerplateLexicon } from '../src/clean/lexicon.js';
import { canonLine } from '../src/clean/page.js';
import type { Article } from '../src/types.js';

const lex = boilerplateLexicon();
const reason = (line: string): string | undefined => boilerplateReason(canonLine(line), line, lex);

/** An article as ingest hands it over for plain text. */
const article = (original: string, id = 'a', source = `/in/${id}.txt`): Article =>
  plainArticle(id, original, { source, language: 'ar' });

const clean = (original: string): Article => {
  const a = article(original);
  cleanArticles([a]);
  return a;
};

// Real-shaped news sentences written for these tests.
const NEWS = [
  'قالت وزارة الداخلية إن قوات الأمن اعتقلت 40 شخصا في العاصمة خلال مواجهات ليلية مع محتجين غاضبين.',
  'وأضاف المتحدث أن الحكومة ستعلن حالة الطوارئ في ثلاث مدن إذا استمرت الاحتجاجات حتى نهاية الأسبوع.',
  'The interior ministry said security forces had detained 40 people in the capital overnight.',
];

describe('boilerplate lines', () => {
  it.each([
    ['READ  ريتشارد ليكي: وفاة ناشط كيني', 'read-more-teaser'],
    ['اقرأ أيضًا: خارطة الاحتجاجات العالمية', 'read-more-teaser'],
    ['اقرأ/ي أيضًا: خارطة الاحتجاجات', 'read-more-teaser'],
    ['إقرأ أيضاً | عنوان آخر', 'read-more-teaser'],
    ['شاهد أيضا: فيديو الاشتباكات', 'read-more-teaser'],
    ['طالع أيضًا', 'read-more-teaser'],
    ['Read more: Protests spread to the capital', 'read-more-teaser'],
    ['Related: What we know so far', 'read-more-teaser'],
    ['READ ALSO: Libya floods', 'read-more-teaser'],
    ['اترك تعليقاً', 'comment-form'],
    ['اترك تعليقا:', 'comment-form'],
    ['التعليقات', 'comment-form'],
    ['لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *', 'comment-form'],
    ['Leave a comment', 'comment-form'],
    ['Your email address will not be published. Required fields are marked *', 'comment-form'],
    ['[covid19-ultimate-card region=”EG” region-name=”مصر”]', 'shortcode'],
    ['[/caption]', 'shortcode'],
    ['[ads-box id="3"] [ads-box id="4"]', 'shortcode'],
    ['شارك على فيسبوك تويتر واتساب', 'widget'],
    ['الوسوم: ليبيا، درنة', 'widget'],
    ['عن الكاتب: كاتبة محتوى ومهتمة بالتسويق الرقمي', 'author-bio'],
    ['© 2024 جميع الحقوق محفوظة', 'footer'],
  ])('%s → %s', (line, expected) => {
    expect(reason(line)).toBe(expected);
  });

  it.each([
    ...NEWS,
    'اقرأ البيان الذي أصدرته الرئاسة مساء أمس لتعرف حجم الأزمة التي تمر بها البلاد منذ أسبوع كامل من الاحتجاجات.',
    'ورفض المتحدث التعليق على التقارير، وقال إن التعليقات المنشورة على مواقع التواصل لا تمثل موقف الحكومة.',
    'Read the full statement, the minister told reporters, before you judge the decision.',
    'Relatedly, the central bank raised interest rates.',
    'تعليقات الرئيس أثارت غضب المحتجين في الشارع.',
    'READING between the lines, analysts saw a warning.',
    'READ THE STATEMENT',
    '[citation needed] is what critics wrote under the claim.',
    'Sharing the burden, the ministry said, is essential.',
  ])('keeps news: %s', (line) => {
    expect(reason(line)).toBeUndefined();
  });
});

describe('cleanArticles on whole texts', () => {
  it('an article with no boilerplate loses nothing but its title', () => {
    const text = `عنوان الخبر عن الاحتجاجات\n\n${NEWS[0]}\n\n${NEWS[1]}`;
    const a = clean(text);
    expect(a.title).toBe('عنوان الخبر عن الاحتجاجات');
    expect(a.removed.map((r) => r.reason)).toEqual(['title']);
    expect(a.text).toBe(`${NEWS[0]}\n\n${NEWS[1]}`);
  });

  it('keeps a legitimately repeated short quote', () => {
    const quote = '"لن نتراجع"';
    const a = clean(`عنوان\n\n${NEWS[0]}\n\n${quote}\n\n${NEWS[1]}\n\n${quote}`);
    expect(a.text.split(quote)).toHaveLength(3);
    expect(a.removed.some((r) => r.reason === 'duplicate-paragraph')).toBe(false);
  });

  it('keeps a repeated paragraph once, dropping the truncated copy wherever it stands', () => {
    const cut = NEWS[1]?.slice(0, 80) as string;
    const later = clean(`عنوان\n\n${NEWS[1]}\n\n${NEWS[0]}\n\n${cut}`);
    expect(later.removed.find((r) => r.reason === 'duplicate-paragraph')?.text).toBe(cut);
    const earlier = clean(`عنوان\n\n${cut}\n\n${NEWS[0]}\n\n${NEWS[1]}`);
    expect(earlier.removed.find((r) => r.reason === 'duplicate-paragraph')?.text).toBe(cut);
    expect(earlier.text).toContain(NEWS[1]);
  });

  it('removes a teaser glued to a paragraph by a single newline, keeping the paragraph', () => {
    const a = clean(`عنوان\n\n${NEWS[0]}\nاقرأ أيضا: عنوان آخر\n\n${NEWS[1]}`);
    expect(a.removed.map((r) => r.reason)).toEqual(['title', 'read-more-teaser']);
    expect(a.kept).toHaveLength(2);
    expect(a.text).toBe(`${NEWS[0]}\n\n${NEWS[1]}`);
  });

  it('keeps a hard-wrapped paragraph as one span', () => {
    const wrapped = `${NEWS[0]?.slice(0, 50)}\n${NEWS[0]?.slice(50)}`;
    const a = clean(`عنوان\n\n${wrapped}\n\n${NEWS[1]}`);
    expect(a.kept).toHaveLength(2);
    expect(a.text).toBe(`${wrapped}\n\n${NEWS[1]}`);
  });

  it('treats each line as a paragraph when the text has no blank lines', () => {
    const a = clean(`عنوان\n${NEWS[0]}\n${NEWS[1]}`);
    expect(a.kept).toHaveLength(2);
  });

  it('removes a content-farm author bio only when it is unrelated to the story', () => {
    const bio = '"عاشق القهوة. مستكشف متحمس. محب للموسيقى. كاتب هاوٍ."';
    const a = clean(`عنوان\n\n${NEWS[0]}\n\n${NEWS[1]}\n\n${bio}`);
    expect(a.removed.at(-1)?.reason).toBe('author-bio');
    expect(a.flags.some((f) => f.kind === 'content-farm')).toBe(true);
    const related = '"قوات الأمن اعتقلت المحتجين. الحكومة ستعلن الطوارئ. الاحتجاجات مستمرة."';
    expect(clean(`عنوان\n\n${NEWS[0]}\n\n${NEWS[1]}\n\n${related}`).text).toContain(related);
  });

  it('takes a caption only right under the header', () => {
    const a = clean(`عنوان\n\nجانب من الاحتجاجات في العاصمة\n\n${NEWS[0]}\n\nجانب من الاحتجاجات في العاصمة\n\n${NEWS[1]}`);
    expect(a.removed.filter((r) => r.reason === 'photo-caption')).toHaveLength(1);
  });

  it('gives a text without a headline line a title from its first sentence, removing nothing', () => {
    const a = clean(NEWS[0] as string);
    expect(a.title).toBe(NEWS[0]);
    expect(a.removed).toEqual([]);
    expect(a.text).toBe(NEWS[0]);
  });

  it('is idempotent', () => {
    const a = article(`عنوان\n\n${NEWS[0]}\n\nاترك تعليقاً`);
    cleanArticles([a]);
    const first = JSON.stringify(a);
    cleanArticles([a]);
    expect(JSON.stringify(a)).toBe(first);
  });
});

import { describe, expect, test } from 'vitest';
import type { Doc } from '../src/doc.js';
import { extractQuotes } from '../src/extract/quotes/index.js';
import { normalise } from '../src/text/normalise.js';
import { splitSentences } from '../src/text/sentences.js';
import type { Mention, Quote } from '../src/types.js';

/** A one-paragraph-per-line document with every line kept. */
function doc(text: string, lang: string): Doc {
  const norm = normalise(text);
  const sentences = splitSentences(norm.text, 0, norm.text.length).map(([nStart, nEnd]) => ({
    nStart,
    nEnd,
    start: norm.origStart[nStart] as number,
    end: norm.origEnd[nEnd - 1] as number,
  }));
  const article = {
    id: 't',
    source: 't',
    title: '',
    publishedInferred: false,
    language: lang,
    original: text,
    kept: [{ start: 0, end: text.length }],
    text,
    removed: [],
    flags: [],
  };
  return { article, norm, sentences, lang };
}

const mention = (text: string, name: string, type: Mention['type']): Mention => {
  const start = text.indexOf(name);
  return { articleId: 't', start, end: start + name.length, text: name, type, key: name };
};
const quotes = (text: string, lang = 'ar', mentions: Mention[] = []): Quote[] => extractQuotes(doc(text, lang), mentions);
const find = (qs: Quote[], part: string): Quote | undefined => qs.find((q) => q.text.includes(part));

describe('direct quotes', () => {
  test.each([
    ['«', '»'],
    ['“', '”'],
    ['"', '"'],
    ['„', '“'],
  ])('quote marks %s…%s with the speaker after the verb', (open, close) => {
    const text = `وقال وزير الداخلية سمير فهمي ${open}لن نسمح بالفوضى في الشوارع${close}.`;
    const q = find(quotes(text), 'لن نسمح بالفوضى');
    expect(q?.kind).toBe('direct');
    expect(q?.speaker).toBe('وزير الداخلية سمير فهمي');
    expect(text.slice(q?.start, q?.end)).toBe('لن نسمح بالفوضى في الشوارع');
    expect(text.slice(q?.speakerStart, q?.speakerEnd)).toBe('وزير الداخلية سمير فهمي');
  });

  test('a second part after a full stop keeps the speaker, and a later bare verb carries it over', () => {
    const text = 'قالت المتحدثة ليلى حداد: "الوضع هادئ الآن". "سنواصل العمل حتى الصباح".\nوقال "لا توجد إصابات بين العاملين".';
    const qs = quotes(text);
    expect(qs.map((q) => q.speaker)).toEqual(['المتحدثة ليلى حداد', 'المتحدثة ليلى حداد', 'المتحدثة ليلى حداد']);
  });

  test('a quote attributed after it: `"…" واضاف فلان`', () => {
    const q = find(quotes('"أي حوار يمكن أن يجري مع من يحمل السلاح؟" وأضاف رئيس الوزراء.'), 'أي حوار');
    expect(q?.speaker).toBe('رئيس الوزراء');
  });

  test('an unnamed speaker with the outlet it talked to', () => {
    const text = 'قال رجل آخر لشبكة BBC إن السكان "يريدون الماء والكهرباء".';
    const q = find(quotes(text), 'يريدون الماء');
    expect(q?.speaker).toBe('رجل آخر');
    expect(q?.speakerOutlet).toBe('BBC');
  });

  test('a speaker relayed by an outlet: نقلت X عن Y قوله', () => {
    const q = find(quotes('ونقلت وكالة الأنباء عن قائد الشرطة قوله إن "الهدوء عاد إلى المدينة".'), 'الهدوء عاد');
    expect(q?.speaker).toBe('قائد الشرطة');
    expect(q?.speakerOutlet).toBe('وكالة الأنباء');
  });

  test('a scare-quoted word with no speech verb is no quote; governed by one it is', () => {
    expect(quotes('وصلت قوات إلى المدينة لمواجهة "المسلحين" في الأحياء الشرقية.')).toEqual([]);
    const q = find(quotes('وقال المحافظ إن "المسلحين" انسحبوا من الأحياء الشرقية.'), 'المسلحين');
    expect(q?.speaker).toBe('المحافظ');
  });

  test('an inner quote that broke the pair is mended; separate quotes joined by و stay apart', () => {
    const text = 'وقال الوزير إن الخصوم "نشروا الشائعات أو" الأكاذيب "وحرضوا الناس على العنف" و"هاجموا المقار".';
    const qs = quotes(text).filter((q) => q.kind === 'direct');
    expect(qs.map((q) => q.text)).toEqual(['نشروا الشائعات أو" الأكاذيب "وحرضوا الناس على العنف', 'هاجموا المقار']);
  });

  test('"قال" inside a relative clause about someone else still attributes the quote', () => {
    const text = 'ورفض السكان الرواية التي قال المحافظ سامي نصر فيها إن "الحريق كان متعمدا".';
    const q = find(quotes(text, 'ar', [mention(text, 'سامي نصر', 'person')]), 'الحريق كان متعمدا');
    expect(q?.speaker).toBe('المحافظ سامي نصر');
    // with no name after it, the verb of a relative clause has its subject before it
    const other = 'وزار الوزير سامي نصر المدينة التي قال إن "الهدوء عاد إليها".';
    expect(find(quotes(other, 'ar', [mention(other, 'سامي نصر', 'person')]), 'الهدوء عاد')?.speaker).toBe('سامي نصر');
  });

  test('the speaker span points at the name mention when the entities stage found one', () => {
    const text = 'وقال الرئيس الروسي فلاديمير بوتين "لن نسمح بذلك".';
    const start = text.indexOf('فلاديمير');
    const mention: Mention = {
      articleId: 't',
      start,
      end: start + 'فلاديمير بوتين'.length,
      text: 'فلاديمير بوتين',
      type: 'person',
      key: 'x',
    };
    const q = find(quotes(text, 'ar', [mention]), 'لن نسمح');
    expect(q?.speaker).toBe('الرئيس الروسي فلاديمير بوتين');
    expect([q?.speakerStart, q?.speakerEnd]).toEqual([mention.start, mention.end]);
  });
});

describe('indirect speech', () => {
  test('the clause after قال ان up to the end of the sentence', () => {
    const text = 'وقال المتحدث باسم الجيش إن القوات استعادت السيطرة على المطار. ثم غادر القاعة.';
    const q = quotes(text).find((x) => x.kind === 'indirect');
    expect(q?.text).toBe('القوات استعادت السيطرة على المطار');
    expect(q?.speaker).toBe('المتحدث باسم الجيش');
  });

  test('a pronoun verb (وقالت في بيان) takes the previous subject', () => {
    const text = 'أعلنت وزارة الصحة ارتفاع عدد الضحايا. وقالت في بيان إن المستشفيات تعمل بكامل طاقتها.';
    const q = quotes(text, 'ar', [mention(text, 'وزارة الصحة', 'organization')]).find((x) => x.kind === 'indirect');
    expect(q?.speaker).toBe('وزارة الصحة');
  });
});

describe('English', () => {
  test('quote then "X said", and a pronoun that carries the speaker', () => {
    const text = '"We will rebuild every school," Education Minister Ana Lopez said on Tuesday. "It will take years," she added.';
    const qs = quotes(text, 'en');
    expect(find(qs, 'rebuild every school')?.speaker).toBe('Education Minister Ana Lopez');
    expect(find(qs, 'take years')?.speaker).toBe('Education Minister Ana Lopez');
  });

  test('reported speech with and without "that", and a clause before its attribution', () => {
    const text =
      'The ministry said 40 people had been detained. Police said that the roads were closed. Two bridges collapsed, officials said.';
    const qs = quotes(text, 'en').filter((q) => q.kind === 'indirect');
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([
      ['The ministry', '40 people had been detained'],
      ['Police', 'the roads were closed'],
      ['officials', 'Two bridges collapsed'],
    ]);
    const attributed = quotes('More than 300 people were injured, according to the health ministry.', 'en');
    expect(attributed.map((q) => [q.speaker, q.text])).toEqual([['the health ministry', 'More than 300 people were injured']]);
    // a verb that takes an object reports no clause: "declared a state of emergency"
    expect(quotes('The president declared a state of emergency on Sunday.', 'en')).toEqual([]);
  });
});

test('adversarial input finishes quickly', () => {
  const text = `${'وقال "'.repeat(3000)}${'قال ان '.repeat(3000)}${'" '.repeat(3001)}`;
  const t0 = performance.now();
  quotes(text);
  quotes(`${'"a" said '.repeat(3000)}`, 'en');
  expect(performance.now() - t0).toBeLessThan(2000);
});

import { beforeAll, describe, expect, test } from 'vitest';
import type { Context } from '../src/pipeline.js';
import type { EventMention, EventType } from '../src/types.js';
import { runUpTo, seedFiles, textInput } from './helpers.js';

let ctx: Context;
beforeAll(async () => {
  ctx = await runUpTo(seedFiles().map(textInput), 'events');
}, 60_000);

const seedEvent = (seed: string, type: EventType, inSentence: string): EventMention => {
  const e = ctx.events.find((x) => x.articleId.startsWith(seed) && x.type === type && x.sentence.includes(inSentence));
  if (!e) throw new Error(`no ${type} event in ${seed} with "${inSentence}"`);
  return e;
};

describe('events on the seed reports', () => {
  test('Tokayev dismisses Nazarbayev from the security council (002), the day before the report', () => {
    const e = seedEvent('002', 'dismissal', 'سلفه نزارباييف');
    expect(e.trigger).toBe('أقال');
    expect(e.date).toBe('2022-01-05');
    expect(e.dateInferred).toBe(false);
  });

  test('Germany halts arms exports (003): a sanction dated by the sentence, not the report', () => {
    const e = seedEvent('003', 'sanction', 'ألمانيا');
    expect(e.trigger).toBe('تصدير الأسلحة');
    expect(e.dateInferred).toBe(false);
    expect(e.date?.startsWith('2022-01-0')).toBe(true);
  });

  test('state of emergency and a curfew "حتى 19 يناير" in one sentence (000)', () => {
    expect(seedEvent('000', 'state-of-emergency', 'حتى 19 يناير').trigger).toBe('حالة الطوارئ');
    const curfew = seedEvent('000', 'curfew', 'حتى 19 يناير');
    expect(curfew.trigger).toBe('حظر تجول');
    expect(curfew.date).toBe('2022-01-19');
  });

  test('internet outage (000), CSTO deployment (002), arrests (000, 001, 003)', () => {
    expect(seedEvent('000', 'internet-shutdown', 'انقطاع').trigger).toBe('انقطاع الإنترنت');
    expect(seedEvent('002', 'foreign-deployment', 'الأمانة العامة').trigger).toBe('إرسال قوات');
    expect(seedEvent('000', 'arrests', 'أكثر من 3000').trigger).toBe('القبض على');
    expect(seedEvent('001', 'arrests', '3 آلاف').trigger).toBe('اعتقل');
    expect(seedEvent('003', 'arrests', 'ماسيموف').type).toBe('arrests');
  });

  test('one event per type and sentence, each span on its trigger in the original text', () => {
    const keys = ctx.events.map((e) => `${e.articleId}|${e.type}|${e.sentence}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of ctx.events) {
      const article = ctx.articles.find((a) => a.id === e.articleId);
      expect(article?.original.slice(e.start, e.end)).toBe(e.trigger);
      expect(e.sentence).toContain(e.trigger);
    }
  });

  test('an undated sentence takes the report date and says so', () => {
    const e = seedEvent('001', 'arrests', '3 آلاف');
    expect(e.dateInferred).toBe(true);
    expect(e.date).toBe(ctx.docs.find((d) => d.article.id === e.articleId)?.ref?.slice(0, 10));
  });
});

// Acceptance on the five seed reports: every spelling of one referent lands in one entity, and referents stay apart.
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeEntities } from '../src/extract/entities/index.js';
import { normaliseString } from '../src/text/normalise.js';
import type { Entity, Mention } from '../src/types.js';
import { runUpTo, seedFiles, textInput } from './helpers.js';

let entities: Entity[] = [];
let mentions: Mention[] = [];

/** The one entity holding a mention written exactly like this (folded), or undefined. */
const holding = (surface: string): Entity | undefined =>
  entities.find((e) => e.aliases.some((a) => normaliseString(a) === normaliseString(surface)));

beforeAll(async () => {
  const ctx = await runUpTo(seedFiles().map(textInput), 'entities');
  mentions = [...ctx.mentions.values()].flat();
  entities = mergeEntities(mentions, ctx.docs);
}, 60_000);

describe('entities on the seeds', () => {
  it.each([
    ['President', ['توكاييف', 'قاسم توكاييف', 'جومرت توكاييف', 'قاسم جومارت توكاييف', 'قاسم جومرت توكاييف']],
    ['city', ['ألماتي', 'ألما آتا', 'ألماتا']],
    ['alliance', ['منظمة معاهدة الأمن الجماعي', 'منظمة الأمن الجماعي', 'CSTO', 'CTSO']],
    ['former president', ['نور سلطان نزارباييف', 'نزارباييف', 'ناتساربييف']],
    ['country', ['كازاخستان', 'كازخستان']],
  ])('merges every spelling of the %s', (_, surfaces) => {
    const found = surfaces.map(holding);
    expect(found.every((e) => e !== undefined)).toBe(true);
    expect(new Set(found.map((e) => e?.id)).size).toBe(1);
  });

  it('keeps Tokayev, Putin, Nazarbayev, Almaty, Kazakhstan and Nur-Sultan apart', () => {
    const ids = ['توكاييف', 'بوتين', 'نزارباييف', 'ألماتي', 'كازاخستان', 'نور سلطان'].map((s) => holding(s)?.id);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(6);
  });

  it('reads a bare نور سلطان as the capital and نور سلطان نزارباييف as the person', () => {
    expect(holding('نور سلطان')?.type).toBe('place');
    expect(holding('نور سلطان')?.latin).toBe('Nur-Sultan');
    expect(holding('نور سلطان نزارباييف')?.type).toBe('person');
  });

  it('gives entities Latin names, roles, countries and coordinates', () => {
    const tokayev = holding('توكاييف');
    expect(tokayev?.latin).toBe('Kassym-Jomart Tokayev');
    expect(tokayev?.roles.map(normaliseString)).toContain(normaliseString('رئيس كازاخستان'));
    expect(holding('ستانيسلاف زاس')?.roles.map(normaliseString)).toContain(normaliseString('الأمين العام للمنظمة'));
    const almaty = holding('ألماتي');
    expect(almaty?.country).toBe('KZ');
    const [lon, lat] = almaty?.coordinates ?? [0, 0];
    expect(lon).toBeCloseTo(76.9, 0);
    expect(lat).toBeCloseTo(43.3, 0);
    expect(holding('كازاخستان')?.country).toBe('KZ');
    expect(holding('CSTO')?.latin).toBe('CSTO');
  });

  it('points every mention at its surface in the original text', async () => {
    const ctx = await runUpTo(seedFiles().map(textInput), 'normalise');
    const original = new Map(ctx.docs.map((d) => [d.article.id, d.article.original]));
    for (const m of mentions) expect(original.get(m.articleId)?.slice(m.start, m.end)).toBe(m.text);
  });

  it('does not make persons of common words after a title', () => {
    const persons = mentions.filter((m) => m.type === 'person').map((m) => normaliseString(m.text));
    for (const word of ['السابق', 'الجمعه', 'الخميس', 'يناير', 'الكازاخستاني', 'الروسي']) {
      expect(persons.some((p) => p.split(' ').includes(word))).toBe(false);
    }
  });
});

// What a merged entity says about itself: its fullest name, Latin form, aliases, roles, country and coordinates.
import { normaliseString } from '../../text/normalise.js';
import type { Entity } from '../../types.js';
import { type GazetteerEntry, gazetteer } from './gazetteer.js';
import type { Node } from './merge.js';
import { resolveCity, resolveCountry } from './places.js';

const ACRONYM = /^[A-Z]{2,6}$/;
const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

function known(node: Node): GazetteerEntry | undefined {
  if (!node.lex) return undefined;
  const e = gazetteer(node.lex).phrases.get(node.key);
  return e && e.type === node.type ? e : undefined;
}

const canonicalCache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** Roles repeat across articles: fold each once. */
function canonical(text: string): string {
  let c = canonicalCache.get(text);
  if (c === undefined) {
    if (canonicalCache.size > CACHE_LIMIT) canonicalCache.clear();
    c = normaliseString(text);
    canonicalCache.set(text, c);
  }
  return c;
}

/** A country named by a nationality adjective or a country name among these words. */
function countryIn(node: Node, text: string): string | undefined {
  if (!node.lex) return undefined;
  const gaz = gazetteer(node.lex);
  const words = canonical(text).split(/[^\p{L}\p{N}]+/u);
  for (const w of words) {
    const code = gaz.nisba.get(w) ?? (gaz.phrases.get(w)?.isCountry ? gaz.phrases.get(w)?.country : undefined);
    if (code) return code;
  }
  return undefined;
}

function pickLatin(group: Node[]): string | undefined {
  for (const n of group) {
    const e = known(n);
    if (e) return e.latin;
  }
  const acronym = group.find((n) => ACRONYM.test(n.latin));
  if (acronym && group[0]?.type === 'organization') return acronym.latin;
  const byLength = (a: Node, b: Node): number => b.words.length - a.words.length || b.mentions.length - a.mentions.length;
  // a spelling a Latin-script report attests beats a rule reading (Osama Hammad, not Asama Hamad)
  const attested = group.filter((n) => n.latinScript).sort(byLength)[0];
  return (attested ?? [...group].sort(byLength)[0])?.latin;
}

export function entityDetails(group: Node[]): Omit<Entity, 'id'> {
  const type = group[0]?.type ?? 'other';
  const mentions = group.flatMap((n) => n.mentions).sort((a, b) => a.articleId.localeCompare(b.articleId) || a.start - b.start);
  const aliases = [...new Set(mentions.map((m) => m.text))];
  const name = [...aliases].sort((a, b) => wordCount(b) - wordCount(a) || b.length - a.length)[0] ?? '';
  const roles = [...new Set(mentions.flatMap((m) => (m.role ? [m.role] : [])))];
  const latin = pickLatin(group);
  const entity: Omit<Entity, 'id'> = {
    type,
    name,
    latin,
    aliases,
    roles,
    mentions: mentions.map(({ articleId, start, end, text }) => ({ articleId, start, end, text })),
  };
  const entry = group.map(known).find((e) => e !== undefined);
  if (type === 'place') {
    const where = entry?.isCountry
      ? resolveCountry(entry.country as string)
      : latin
        ? resolveCity(latin, entry?.country)
        : undefined;
    entity.country = where?.country ?? entry?.country;
    if (where?.coordinates) entity.coordinates = where.coordinates;
  } else if (type !== 'group') {
    const first = group[0] as Node;
    entity.country = entry?.country ?? roles.map((r) => countryIn(first, r)).find(Boolean) ?? countryIn(first, first.key);
  }
  if (!entity.country) delete entity.country;
  return entity;
}

// One entity per referent across a story's articles: same key, same Latin name, shorter names inside longer ones,
// spellings with one consonant skeleton, acronyms one typo apart; never across types.
import type { Doc } from '../../doc.js';
import { getLanguage } from '../../lang/index.js';
import type { Entity, EntityType, Mention } from '../../types.js';
import { entityDetails } from './describe.js';
import type { EntityLexicon } from './lexicon.js';
import { arabicSkeleton, editDistance, latinSkeleton } from './skeleton.js';

/** Mentions sharing type and key. */
export interface Node {
  type: EntityType;
  key: string;
  latin: string;
  mentions: Mention[];
  lex?: EntityLexicon;
  /** Per word: skeleton in the key's own script, and in Latin. */
  words: string[];
  latinWords: string[];
  latinScript: boolean;
}

const ACRONYM = /^[A-Z]{3,6}$/;
const MIN_WORD_SKELETON = 2;

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    this.parent[i] = r;
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function buildNodes(mentions: Mention[], docs: Doc[]): Node[] {
  const lexOf = new Map(docs.map((d) => [d.article.id, getLanguage(d.lang)?.entities as EntityLexicon | undefined]));
  const byKey = new Map<string, Node>();
  for (const m of mentions) {
    const id = `${m.type}|${m.key}`;
    let node = byKey.get(id);
    if (!node) {
      const latinScript = /^[\p{Script=Latin}\d\s'.-]+$/u.test(m.key);
      const latin = m.latin ?? m.key;
      node = {
        type: m.type,
        key: m.key,
        latin,
        mentions: [],
        lex: lexOf.get(m.articleId),
        words: m.key.split(' ').map((w) => (latinScript ? latinSkeleton(w) : arabicSkeleton(w))),
        latinWords: latin.split(/[\s-]+/).map(latinSkeleton),
        latinScript,
      };
      byKey.set(id, node);
    }
    node.mentions.push(m);
  }
  return [...byKey.values()];
}

const wordEq = (a: string, b: string): boolean => a === b && a.length >= MIN_WORD_SKELETON;

/** Is every word of `short` found, in order, among the words of `long`? */
function inside(short: string[], long: string[]): boolean {
  let j = 0;
  for (const w of short) {
    while (j < long.length && !wordEq(w, long[j] as string)) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

const wordsOf = (a: Node, b: Node): [string[], string[]] =>
  a.latinScript === b.latinScript ? [a.words, b.words] : [a.latinWords, b.latinWords];

function linkNodes(nodes: Node[]): UnionFind {
  const uf = new UnionFind(nodes.length);
  const byLatin = new Map<string, number>();
  nodes.forEach((n, i) => {
    const k = `${n.type}|${n.latin.toLowerCase()}`;
    const j = byLatin.get(k);
    if (j === undefined) byLatin.set(k, i);
    else uf.union(i, j);
  });
  // same number of words, each with the same skeleton (جومرت ~ جومارت, الماتا ~ الماتي)
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i] as Node;
      const b = nodes[j] as Node;
      if (a.type !== b.type) continue;
      const [wa, wb] = wordsOf(a, b);
      if (wa.length === wb.length && inside(wa, wb) && wa.join('').length >= 3) uf.union(i, j);
      else if (a.type === 'organization' && ACRONYM.test(a.latin) && ACRONYM.test(b.latin) && a.latin.length >= 4) {
        if (editDistance(a.latin, b.latin, 1) === 1) uf.union(i, j);
      }
    }
  }
  // a shorter name joins the one longer entity that contains it (توكاييف → قاسم جومارت توكاييف);
  // longer names first and twice over, so a long name's other spellings are already one entity when a short one asks
  const longestFirst = nodes.map((_, i) => i).sort((x, y) => (nodes[y] as Node).words.length - (nodes[x] as Node).words.length);
  for (const i of [...longestFirst, ...longestFirst]) {
    const a = nodes[i] as Node;
    if (a.type !== 'person' && a.type !== 'organization') continue;
    // same-script names first: Latin skeletons are loose (Hamad is inside Abdul Hamid), so other scripts only decide alone
    let roots = containers(i, nodes, uf, true);
    if (!roots.size) roots = containers(i, nodes, uf, false);
    const [only] = roots;
    if (roots.size === 1 && only !== undefined) uf.union(i, only);
  }
  return uf;
}

/** Roots of the longer names (of one script, or of the other) that contain node i's words in order. */
function containers(i: number, nodes: Node[], uf: UnionFind, sameScript: boolean): Set<number> {
  const a = nodes[i] as Node;
  const roots = new Set<number>();
  for (let j = 0; j < nodes.length; j++) {
    const b = nodes[j] as Node;
    if (i === j || b.type !== a.type || (a.latinScript === b.latinScript) !== sameScript) continue;
    const [wa, wb] = wordsOf(a, b);
    if (wb.length <= wa.length || !inside(wa, wb)) continue;
    // an organisation keeps its head and its last word (منظمه الامن الجماعي in منظمه معاهده الامن الجماعي)
    if (a.type === 'organization' && (wa.length < 3 || wa[0] !== wb[0] || wa.at(-1) !== wb.at(-1))) continue;
    roots.add(uf.find(j));
  }
  return roots;
}

function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

export function mergeEntities(mentions: Mention[], docs: Doc[]): Entity[] {
  const nodes = buildNodes(mentions, docs);
  const uf = linkNodes(nodes);
  const groups = new Map<number, Node[]>();
  nodes.forEach((n, i) => {
    const r = uf.find(i);
    const g = groups.get(r);
    if (g) g.push(n);
    else groups.set(r, [n]);
  });
  const used = new Set<string>();
  const out: Entity[] = [];
  for (const group of groups.values()) {
    const e = entityDetails(group);
    let id = `e-${slug(e.latin ?? group[0]?.key ?? '')}`;
    if (used.has(id)) id = `${id}-${e.type}`;
    for (let k = 2; used.has(id); k++) id = `${id.replace(/-\d+$/, '')}-${k}`;
    used.add(id);
    out.push({ ...e, id });
  }
  return out.sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id));
}

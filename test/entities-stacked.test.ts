// The tagger stacked on the rules (src/extract/entities/stacked.ts), with the tagger's labels given by hand so that
// each rule of the stacking is tested on its own: which span wins, how a name grows, where it spreads.
import { describe, expect, it } from 'vitest';
import { documentTitle, ruleSentences } from '../src/extract/entities/recognise.js';
import { propagate, type RuleSentence, retag } from '../src/extract/entities/stacked.js';
import { docOf } from './entities-doc.js';

/** Labels for one sentence: `spans` maps a first token index to [tag, length]; everything else is O. */
function labelsFor(n: number, spans: Record<number, [string, number]>): string[] {
  const out = new Array<string>(n).fill('O');
  for (const [at, [tag, len]] of Object.entries(spans)) {
    for (let k = 0; k < len; k++) out[Number(at) + k] = `${k ? 'I' : 'B'}-${tag}`;
  }
  return out;
}

/** Every sentence retagged with its labels, then propagated: the person spans as words, per sentence. */
function run(text: string, spans: Array<Record<number, [string, number]>>): string[][] {
  const rules = ruleSentences(docOf(text));
  const labels = rules.map(({ sc }, i) => labelsFor(sc.length, spans[i] ?? {}));
  const tagged: RuleSentence[] = rules.map(({ sc, found }, i) => ({ sc, found: retag(sc, found, labels[i] ?? []) }));
  return propagate(tagged, labels).map(({ sc, found }) =>
    found.filter((f) => f.type === 'person').map((f) => sc.forms.slice(f.from, f.to).join(' ')),
  );
}

describe('stacking the tagger on the rules', () => {
  it("takes the tagger's whole name over a short form the rules learned", () => {
    const text = 'قال الرئيس معاوية إن الأمر انتهى. وخرج معاوية بن أبي سفيان إلى الشام.';
    expect(run(text, [{ 2: ['PER', 1] }, { 1: ['PER', 4] }])[1]).toEqual(['معاويه بن ابي سفيان']);
  });

  it('carries a name on through its lineage, not into the verb after it', () => {
    const text = 'وخرج معاوية بن أبي سفيان إلى الشام. وكان راؤول ولد في مدريد عام 1977.';
    // the tagger stopped at the first word both times
    expect(run(text, [{ 1: ['PER', 1] }, { 1: ['PER', 1] }])).toEqual([['معاويه بن ابي سفيان'], ['راؤول']]);
  });

  it('spreads a person to where the words recur untagged', () => {
    const text = 'وأطلق المطور نظام لينكس عام 1991. ويعمل لينكس على الخوادم. ويستخدم لينكس في الهواتف.';
    expect(run(text, [{ 3: ['PER', 1] }])).toEqual([['لينكس'], ['لينكس'], ['لينكس']]);
  });

  it('does not spread what the tagger mostly calls miscellaneous, nor keep it as a person', () => {
    const text = 'وأطلق المطور نظام لينكس عام 1991. ويعمل لينكس على الخوادم. ويستخدم لينكس في الهواتف.';
    expect(run(text, [{ 3: ['PER', 1] }, { 1: ['MISC', 1] }, { 1: ['MISC', 1] }])).toEqual([[], [], []]);
    // one miscellaneous reading against one person: the untagged third mention is not spread into either
    expect(run(text, [{ 3: ['PER', 1] }, { 1: ['MISC', 1] }])[1]).toEqual([]);
  });

  it("reads the headline's words, not its stopwords, for the tagger's title feature", () => {
    const doc = docOf('وقال الرئيس إن الوضع مستقر.');
    expect(documentTitle(doc).size).toBe(0);
    const titled = { ...doc, article: { ...doc.article, title: 'توكاييف يرفض التفاوض في ألماتي' } };
    const stems = documentTitle(titled);
    expect(stems.has('توكاييف')).toBe(true);
    expect(stems.has('تفاوض')).toBe(true); // stems, as the body's words are read
    expect(stems.has('في')).toBe(false);
  });
});

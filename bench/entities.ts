// Entity recognition + merging throughput on 100,000 generated short Arabic news articles (one core).
// Run: npx tsx bench/entities.ts [articles]
import type { Doc } from '../src/doc.js';
import { mergeEntities, recogniseEntities } from '../src/extract/entities/index.js';
import { seededRandom } from '../src/random.js';
import { normalise } from '../src/text/normalise.js';
import { splitSentences } from '../src/text/sentences.js';
import type { Mention } from '../src/types.js';

const FIRST = ['أحمد', 'سامي', 'ليلى', 'كريم', 'جون', 'ماريا', 'يوسف', 'نادية', 'إيغور', 'فاطمة', 'ديفيد', 'هشام'];
const LAST = ['بنعلي', 'كوفالينكو', 'الخطيب', 'سميث', 'أوستروفسكي', 'الحسيني', 'غارسيا', 'ناصيف', 'بيلوف', 'المصري'];
const TITLES = ['الرئيس', 'وزير الداخلية', 'المتحدث باسم الشرطة', 'رئيس الوزراء', 'الأمين العام للمنظمة', 'وزير الخارجية الروسي'];
const PLACES = [
  'ألماتي',
  'الخرطوم',
  'كييف',
  'مدينة أكتوبي',
  'بيروت',
  'طرابلس',
  'غزة',
  'مطار بغداد الدولي',
  'كازاخستان',
  'السودان',
];
const ORGS = [
  'وزارة الداخلية',
  'منظمة الصحة العالمية',
  'الأمم المتحدة',
  'لجنة الأمن القومي',
  'وكالة الأنباء الرسمية',
  'منظمة العفو الدولية',
];
const GROUPS = ['المحتجين', 'قوات الأمن', 'المتظاهرين', 'مسلحين مجهولين'];
const VERBS = ['قال', 'أكد', 'أعلن', 'أوضح', 'ذكر'];
const TAILS = ['إن الوضع مستقر.', 'أن التحقيق مستمر.', 'أن عشرات الأشخاص اعتقلوا.', 'أن المفاوضات ستستأنف الأسبوع المقبل.'];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

function sentence(r: () => number): string {
  const name = `${pick(r, FIRST)} ${pick(r, LAST)}`;
  switch (Math.floor(r() * 4)) {
    case 0:
      return `${pick(r, VERBS)} ${pick(r, TITLES)} ${name} في ${pick(r, PLACES)} ${pick(r, TAILS)}`;
    case 1:
      return `وأعلنت ${pick(r, ORGS)} أن ${pick(r, GROUPS)} اشتبكوا مع ${pick(r, GROUPS)} في ${pick(r, PLACES)}.`;
    case 2:
      return `وقال ${name}، ${pick(r, TITLES)}، ${pick(r, TAILS)}`;
    default:
      return `وزار وفد من ${pick(r, ORGS)} ${pick(r, PLACES)} يوم الخميس والتقى ${pick(r, TITLES)} ${name}.`;
  }
}

/** Article i of the corpus: 4-8 sentences in two paragraphs. */
export function article(i: number): string {
  const r = seededRandom(i + 1);
  const n = 4 + Math.floor(r() * 5);
  const sents = Array.from({ length: n }, () => sentence(r));
  return `${sents.slice(0, 2).join(' ')}\n\n${sents.slice(2).join(' ')}`;
}

function docOf(i: number): Doc {
  const original = article(i);
  const norm = normalise(original);
  const sentences = splitSentences(norm.text, 0, norm.text.length).map(([nStart, nEnd]) => ({
    nStart,
    nEnd,
    start: norm.origStart[nStart] as number,
    end: norm.origEnd[nEnd - 1] as number,
  }));
  const a = { id: `a${i}`, source: `a${i}`, title: '', publishedInferred: false, language: 'ar', original };
  return {
    article: { ...a, kept: [{ start: 0, end: original.length }], text: original, removed: [], flags: [] },
    norm,
    sentences,
    lang: 'ar',
  };
}

const STORY = 20; // articles merged together, as one story
// CPU time, not wall time: the machine may be shared, and the target is per core
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const total = Number(process.argv[2] ?? 100_000);
// the gazetteer and the city index are built once, outside the timing
mergeEntities(recogniseEntities(docOf(0)), [docOf(0)]);
let recognise = 0;
let merge = 0;
let mentions = 0;
let entities = 0;
for (let s = 0; s < total; s += STORY) {
  const docs = Array.from({ length: Math.min(STORY, total - s) }, (_, k) => docOf(s + k));
  const t0 = cpu();
  const ms: Mention[] = docs.flatMap(recogniseEntities);
  const t1 = cpu();
  entities += mergeEntities(ms, docs).length;
  merge += cpu() - t1;
  recognise += t1 - t0;
  mentions += ms.length;
}
const secs = (recognise + merge) / 1000;
console.log(
  `${total} articles, CPU time: recognise ${(recognise / 1000).toFixed(1)} s, merge ${(merge / 1000).toFixed(1)} s → ` +
    `${Math.round(total / secs)} articles/s; ${mentions} mentions, ${entities} entities (stories of ${STORY})`,
);

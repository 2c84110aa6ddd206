// Deterministic Arabic news-like text for the benchmark: sentences from a small template grammar.

import { seededRandom } from '../src/random.js';

const SOURCES = [
  'قالت وزارة الداخلية',
  'أعلن المتحدث باسم الشرطة',
  'ذكرت وكالة الأنباء الرسمية',
  'أفاد مصدر أمني',
  'قال الرئيس قاسم جومارت توكاييف',
];
const PLACES = ['في ألماتي', 'في العاصمة نور سلطان', 'في مدينة جاناوزين', 'في منطقة مانغيستاو', 'قرب ساحة الجمهورية'];
const FIGURES = [
  'أكثر من 3 آلاف',
  'نحو ٢٠ ألفاً',
  '7 آلاف و939',
  'عشرات',
  'مئات',
  'ما لا يقل عن 18',
  'سبعة آلاف وتسعمائة وتسعة وثلاثين',
  'بين 10 و20',
  '164',
  'قرابة 8000',
];
const NOUNS = ['متظاهراً', 'شخصاً', 'عنصراً من قوات الأمن', 'مدنياً', 'جندي'];
const VERBS = ['اعتقلت', 'أصابت', 'نشرت', 'أطلقت سراح', 'أجلت'];
const DATES = ['يوم الأربعاء', 'في 5 يناير 2022', 'أمس', 'صباح الخميس ٦ كانون الثاني', 'منذ ثلاثة أيام', 'في الساعة 10:30 صباحاً'];
const EXTRA = [
  'بنسبة 100%',
  'بقيمة 2,2 مليون يورو',
  'للمرة الثانية',
  'لليوم الثامن على التوالي',
  'وسط احتجاجات على رفع أسعار الغاز',
];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

/** One sentence: source, date, verb, figure, noun, place, optional extra, and an end mark. */
function sentence(r: () => number): string {
  const parts = [
    pick(r, SOURCES),
    'إن السلطات',
    pick(r, VERBS),
    pick(r, FIGURES),
    pick(r, NOUNS),
    pick(r, PLACES),
    pick(r, DATES),
  ];
  if (r() < 0.4) parts.push(pick(r, EXTRA));
  const end = r() < 0.1 ? '..' : r() < 0.15 ? '؟' : '.';
  return `${parts.join(' ')}${end}`;
}

/** About `bytes` UTF-8 bytes of paragraphs (3–6 sentences each, blank lines between). */
export function generateCorpus(bytes: number, seed = 20220105): string {
  const r = seededRandom(seed);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const n = 3 + Math.floor(r() * 4);
    const p = Array.from({ length: n }, () => sentence(r)).join(' ');
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return paragraphs.join('\n\n');
}

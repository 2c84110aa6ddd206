// The shape of a language's entity lexicon (src/lang/<xx>/entities.ts). Every string is canonical (normaliseString).
import type { EntityType } from '../../types.js';

/** A curated name: every canonical spelling, one Latin form, an optional country (ISO 3166 alpha-2). */
export interface NamedEntry {
  names: string[];
  latin: string;
  type: EntityType;
  country?: string;
  /** Latin acronyms that stand for the same thing (CSTO). */
  acronyms?: string[];
}

/** Rules that write this script's spelling of a foreign name in Latin letters. */
export interface Transliteration {
  /** Letter → Latin; a vowel letter maps to its vowel. */
  letters: Record<string, string>;
  /** Letters that write vowels (their reading depends on position). */
  vowelLetters: Record<string, { initial: string; medial: string; final: string; afterVowel: string }>;
  /** Word endings with a fixed reading, longest first (ييف → yev). */
  endings: Array<[string, string]>;
  /** Prefix read apart (the article): [written, Latin]. */
  article?: [string, string];
  /** Whole words (or two-word phrases, space-separated) the rules get wrong. */
  exceptions: Record<string, string>;
  /** Silent letters that give the vowel they carry when they open a word before a consonant (ع → a: عبد → Abd). */
  vowelCarriers?: Record<string, string>;
  /** Short vowel written into consonant runs that no script letter vowels (default a): حفتر → Haftar. */
  clusterVowel?: string;
  /** Latin consonant clusters a word may start with unbroken (st: ستانيسلاف → Stanislaf, not Satanislaf). */
  onsets?: string[];
  /** Vowel letters (long vowels) after which a word-final consonant pair takes the cluster vowel too. */
  finalClusterAfter?: string;
  /** Whole-word templates tried after the letters are read: C is any consonant, other letters stand for
   *  themselves; the reading puts each consonant's Latin in a C slot ([CاCC, CaCeC]: خالد → Khaled). */
  shapes?: Array<[string, string]>;
  /** Words written fused onto a following article-led word, read apart (its first half + article + rest). */
  joined?: string[];
}

export interface EntityLexicon {
  /** Names in this script start with a capital letter (Latin), so capitalisation is evidence. */
  cased: boolean;
  /** i18n-iso-countries locale whose country names are read as places. */
  countryLocale: string;
  /** Prefixes that glue onto a word (conjunctions, prepositions, the article), longest tried first. */
  proclitics: string[];
  /** Endings that glue onto a name and are not part of it (the possessive 's). */
  enclitics: string[];
  /** The definite article as a prefix ('' when the language writes it apart). */
  article: string;
  /** Prefix pairs where a proclitic swallowed part of the article (لل = ل + ال): [written, meant]. */
  fusedArticle?: [string, string];
  /** Words that never belong to a name (function words, common nouns, verbs, time words). */
  stopwords: string[];
  /** Frequent words never seen inside a name in a tagged corpus (learned list; not matched behind proclitics). */
  commonWords: readonly string[];
  /** Phrases that introduce a person: titles and offices, longest first after loading. */
  personTitles: string[];
  /** Words that can sit between a title and the name (السابق, new, acting). */
  titleModifiers: string[];
  /** Given names common in news; a given name followed by a name-like word is a person. */
  firstNames: string[];
  /** Verbs after which a bare name is the speaker (قال توكاييف). */
  reportingVerbs: string[];
  /** Words that start an organisation name when a complement follows (وزاره الخارجيه). */
  orgHeads: string[];
  /** Proclitic prepositions that open an organisation's complement (الوكاله الدوليه للطاقه الذريه). */
  complementPrepositions?: string[];
  /** Adjectives that make a generic definite head a name and usually close it (الوطنيه, الدوليه). */
  orgAdjectives: string[];
  /** Definite words that continue a personal name (عبد الله, ذبيح الله, صلاح الدين). */
  nameSuffixes: string[];
  /** Words after which a name-like word is a place (مدينه الماتي). */
  placeHeads: string[];
  /** Place heads that make the whole phrase a place of its own (مطار الما اتا الدولي). */
  landmarkHeads: string[];
  /** Compass words that make a region of the known place after them (جنوب فرنسا), the place inside too → the English
   * adjective of its Latin form (eastern Libya). */
  regionHeads: Record<string, string>;
  /** Words allowed inside a capitalised name (of, the, bin). */
  nameConnectors: string[];
  /** The stacked tagger's model file (written by scripts/train-entities.ts); none: the rules alone. */
  tagger?: URL;
  /** Ordinal words a ruler's name may end on (لويس التاسع); taken from the language's number words. */
  nameOrdinals?: string[];
  /** Prepositions after which an unknown capitalised word is a place (in, at). */
  placePrepositions: string[];
  /** Adjectives of nationality → ISO alpha-2, base form (suffix variants are derived). */
  nisba: Record<string, string>;
  /** Suffixes that inflect a nisba (ه, ين, ون) and the ending that turns a country name into one (ي). */
  nisbaSuffixes: string[];
  nisbaEnding: string;
  /** Final letters of a country name dropped before the nisba ending (a long vowel: روسيا → روسي). */
  nisbaDrop: string[];
  /** Extra country names → ISO alpha-2 (short forms, old names). */
  countryAliases: Record<string, string>;
  /** How to read this script's names in Latin (absent for Latin-script languages). */
  transliteration?: Transliteration;
  persons: NamedEntry[];
  places: NamedEntry[];
  organizations: NamedEntry[];
  /** Collective actors: every form maps to one Latin label. */
  /** Collective actors; an institution followed by a nationality is that country's body (الجيش الاسرائيلي). */
  groups: Array<{ latin: string; forms: string[]; institution?: boolean }>;
}

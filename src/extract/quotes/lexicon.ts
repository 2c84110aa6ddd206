// What the quote extractor and the statement matcher need to know about one language (data lives in src/lang/*/speech.ts).

export interface SpeechLexicon {
  /** Speech verbs whose subject (the speaker) is read beside them: قال، اكد، said, told. */
  verbs: string[];
  /** Verbs whose next noun is an object, not the speaker (وصف X بـ): the speaker is carried over. */
  objectVerbs: string[];
  /** Attribution phrases the speaker follows and the reported clause precedes ("…, according to the ministry"). */
  attributions: string[];
  /** Participles and adverbial forms that never name their own speaker (مؤكدا، مشيرا، saying). */
  participles: string[];
  /** Verbs that relay someone's words through a source: "نقلت X عن Y قوله". */
  relayVerbs: string[];
  /** The preposition that introduces the relayed speaker after a relay verb ('عن'). */
  relaySources: string[];
  /** Nouns that close the relayed speaker ('قوله'). */
  relayNouns: string[];
  /** One-letter proclitics stripped before a verb lookup (و، ف). */
  conjunctions: string[];
  /** Words that open a reported clause (ان، انه، بان، that). */
  complementisers: string[];
  /** Words that end a speaker name: prepositions, time words, relatives. */
  speakerStops: string[];
  /** Words that name the addressee or outlet the speaker talked to (لشبكه، لوكاله); the outlet follows. */
  addresseeMarkers: string[];
  /** Words that name who was spoken to without naming an outlet (لمنظمه، للصحفيين): they end the speaker. */
  audienceWords: string[];
  /** Verbs whose following words name the outlet, not the speaker (told). */
  addresseeVerbs: string[];
  /** Relative pronouns: a speech verb right after one has its subject before it (الذي اعلن), so no speaker is read after it. */
  relatives: string[];
  /** Auxiliaries between a fronted subject and its verb (باشينيان قد اشار). */
  auxiliaries: string[];
  /** Subject pronouns: the speaker is the previous one (he, she). */
  pronouns: string[];
  /** Verbs a reported clause may follow with no complementiser (said 24 people had been arrested); others take an object. */
  bareClauseVerbs: string[];
  /** True when a reported clause may precede its attribution ("11 people have died, officials said"). */
  clauseBeforeVerb: boolean;
  /** True when the speaker is usually written before the verb (Tokayev said). */
  subjectFirst: boolean;
  maxSpeakerWords: number;
  /** Statement matching: proclitics stripped before stemming, longest first. */
  prefixes: string[];
  /** Statement matching: function words that carry no content. */
  stopWords: string[];
  /** Statement matching: stem → shared root, for words two translations render differently. */
  synonyms: Record<string, string>;
  stem: (word: string) => string;
  /** Which words this lexicon stems (the statement matcher picks a lexicon per word). */
  script: RegExp;
}

// What a language must supply for tokens and sentences (all entries canonical).

export interface TextLexicon {
  /** Prefixes glued to a word (و, ب, ال, …): longest first, stripped only when enough stem is left. */
  clitics: string[];
  /** Clitics that are the definite article or contain it: stripped for `bare` even without a lexicon. */
  articleClitics: string[];
  /** Words ending in '.' that do not end a sentence (د., mr., u.s.). Stored without the final dot. */
  abbreviations: string[];
}

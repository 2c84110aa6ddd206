// Words of a canonical sentence and the lexicon phrases found among them.

export interface Token {
  text: string;
  start: number; // canonical offsets
  end: number;
  /** A clause break (, ، ; : . ( ) ? ! and markup [ ] = | { }): windows never cross it. */
  isBreak: boolean;
}

// A word (a clitic glued to digits, و748, splits off), a number with separators, or one clause-breaking mark.
const TOKEN = /\p{L}[\p{L}\p{M}]*(?:'\p{L}+)*|\p{N}+(?:[.,]\p{N}+)*|[,،;:.()?![\]=|{}]/gu;

/** Tokens of canonical text; words in `openers` (when, عندما) break clauses like punctuation. */
export function tokenise(text: string, offset = 0, openers: ReadonlySet<string> = new Set()): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = offset + m.index;
    out.push({ text: m[0], start, end: start + m[0].length, isBreak: /^[,،;:.()?![\]=|{}]$/.test(m[0]) || openers.has(m[0]) });
  }
  return out;
}

/** A phrase found at a token: its label (kind, group, …) and the tokens it covers [from, to). */
export interface PhraseHit<L extends string = string> {
  label: L;
  from: number;
  to: number;
  /** Characters of clitic prefix on the first token (3 for بال in بالسلطات). */
  prefix: number;
}

/** A compiled list of phrases (label → canonical phrases), matched token by token. */
export class PhraseSet<L extends string = string> {
  private readonly byFirst = new Map<string, Array<{ label: L; words: string[] }>>();

  constructor(
    entries: Partial<Record<L, string[]>>,
    private readonly prefixes: string[],
  ) {
    for (const [label, phrases] of Object.entries(entries) as Array<[L, string[] | undefined]>) {
      for (const phrase of phrases ?? []) {
        const words = phrase.split(' ').filter(Boolean);
        const first = words[0];
        if (!first) continue;
        const list = this.byFirst.get(first) ?? [];
        list.push({ label, words });
        list.sort((a, b) => b.words.length - a.words.length); // longest phrase wins
        this.byFirst.set(first, list);
      }
    }
  }

  /** The longest phrase starting at token i (its first word may carry a clitic prefix). */
  at(tokens: Token[], i: number): PhraseHit<L> | undefined {
    const tok = tokens[i];
    if (!tok || tok.isBreak) return undefined;
    for (const first of this.heads(tok.text)) {
      for (const { label, words } of this.byFirst.get(first) ?? []) {
        if (words.every((w, k) => k === 0 || tokens[i + k]?.text === w))
          return { label, from: i, to: i + words.length, prefix: tok.text.length - first.length };
      }
    }
    return undefined;
  }

  /** The word itself, then the word without each prefix it starts with. */
  private heads(word: string): string[] {
    const out = [word];
    for (const p of this.prefixes) if (word.length > p.length + 1 && word.startsWith(p)) out.push(word.slice(p.length));
    return out;
  }
}

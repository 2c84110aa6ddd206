// Rule transliteration against the spec in test/corpus/transliteration/ar.txt (format described at its top).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latinSkeleton } from '../src/extract/entities/skeleton.js';
import { transliterate } from '../src/extract/entities/transliterate.js';
import { entities as ar } from '../src/lang/ar/entities.js';
import { normaliseString } from '../src/text/normalise.js';
import { repoRoot } from './helpers.js';

interface Line {
  line: number;
  arabic: string;
  latin: string;
  skeleton: boolean; // ~: same consonant skeleton is enough
  negative: boolean; // !: must not match
}

const lines: Line[] = readFileSync(join(repoRoot, 'test/corpus/transliteration/ar.txt'), 'utf8')
  .split('\n')
  .map((text, i) => ({ text: text.trim(), line: i + 1 }))
  .filter(({ text }) => text && !text.startsWith('#'))
  .map(({ text, line }) => {
    const [arabic = '', expected = ''] = text.split('\t');
    const negative = expected.startsWith('!');
    const rest = negative ? expected.slice(1) : expected;
    const skeleton = rest.startsWith('~');
    return { line, arabic: arabic.trim(), latin: (skeleton ? rest.slice(1) : rest).trim(), skeleton, negative };
  });

const read = (arabic: string): string => transliterate(normaliseString(arabic), ar.transliteration);

describe('transliteration corpus (ar)', () => {
  it('holds enough names, with negatives, every line well formed', () => {
    expect(lines.length).toBeGreaterThanOrEqual(40);
    expect(lines.some((l) => l.negative)).toBe(true);
    for (const l of lines) expect(l.arabic && l.latin, `line ${l.line}`).toBeTruthy();
  });

  for (const l of lines) {
    const mark = `${l.negative ? '!' : ''}${l.skeleton ? '~' : ''}`;
    it(`line ${l.line}: ${l.arabic} → ${mark}${l.latin}`, () => {
      const got = read(l.arabic);
      const same = l.skeleton ? latinSkeleton(got) === latinSkeleton(l.latin) : got === l.latin;
      expect(same, `read as ${got}`).toBe(!l.negative);
    });
  }
});

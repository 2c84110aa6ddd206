import { describe, expect, it } from 'vitest';
import { normalise } from '../src/text/normalise.js';
import { splitSentences } from '../src/text/sentences.js';
import { runUpTo, seedFiles, textInput } from './helpers.js';

const split = (original: string): string[] => {
  const { text } = normalise(original);
  return splitSentences(text, 0, text.length).map(([s, e]) => text.slice(s, e));
};

describe('splitSentences', () => {
  it('ends Arabic sentences at . ! ? and .., trimming spaces', () => {
    expect(split('  انتهى الاجتماع.. وبدأت المظاهرات! هل تستمر؟ نعم.  ')).toEqual([
      'انتهي الاجتماع..',
      'وبدات المظاهرات!',
      'هل تستمر?',
      'نعم.',
    ]);
  });

  it('does not end inside numbers with separators', () => {
    expect(split('تضرر 3.5 مليون شخص و7,939 اعتقلوا. ثم هدأت')).toEqual(['تضرر 3.5 مليون شخص و7,939 اعتقلوا.', 'ثم هدات']);
  });

  it('does not end after abbreviations or initials', () => {
    expect(split('قال د. محمد إن أ. علي غادر. انتهى')).toEqual(['قال د. محمد ان ا. علي غادر.', 'انتهي']);
    expect(split('Mr. Smith met U.S. officials and J. Doe. Then he left.')).toEqual([
      'mr. smith met u.s. officials and j. doe.',
      'then he left.',
    ]);
  });

  it('keeps a short quote whole and closes the sentence after it', () => {
    expect(split('قال: "سنبقى. ولن نغادر." ثم خرج.')).toEqual(['قال: "سنبقي. ولن نغادر."', 'ثم خرج.']);
  });

  it('lets a very long quote end sentences inside it', () => {
    const long = `${'كلمة '.repeat(100)}انتهى.`;
    const parts = split(`قال: "${long} ثم ${long}"`);
    expect(parts.length).toBeGreaterThan(1);
  });

  it('always ends at a line break, even with no punctuation and no blank lines', () => {
    expect(split('سطر أول بلا نقطة\nسطر ثان\nسطر ثالث')).toEqual(['سطر اول بلا نقطه', 'سطر ثان', 'سطر ثالث']);
  });

  it('treats an ellipsis as one end and an unbalanced quote mark as no quote', () => {
    expect(split('ماذا بعد... لا أحد يعرف. "بداية بلا نهاية. ثم')).toEqual([
      'ماذا بعد...',
      'لا احد يعرف.',
      '"بدايه بلا نهايه.',
      'ثم',
    ]);
  });

  it('returns spans inside [from, to)', () => {
    const text = 'اول. ثاني. ثالث.';
    expect(splitSentences(text, 5, 10)).toEqual([[5, 10]]);
  });

  it('splits every seed into sentences that cover its words', async () => {
    const ctx = await runUpTo(seedFiles().map(textInput), 'normalise');
    for (const doc of ctx.docs) {
      expect(doc.sentences.length).toBeGreaterThan(3);
      for (const s of doc.sentences) {
        expect(s.nEnd).toBeGreaterThan(s.nStart);
        const body = doc.norm.text.slice(s.nStart, s.nEnd);
        expect(body).toBe(body.trim());
        expect(body.includes('\n')).toBe(false);
      }
    }
  });
});

// Bytes to text: BOMs, declared charsets, strict UTF-8, then a chardet sniff (Windows-1256, ISO-8859-6, …).
import chardet from 'chardet';
import { binaryKind, hasNul, utf16Guess } from './magic.js';

export type Decoded = { text: string; encoding: string } | { error: string };

export interface DecodeOptions {
  /** Charset from an HTTP Content-Type header. */
  declared?: string;
  /** Look for <meta charset> in the first bytes. */
  html?: boolean;
}

const BOMS: ReadonlyArray<[string, number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) return { error: 'empty file' };
  for (const [encoding, bom] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return decodeAs(bytes.subarray(bom.length), encoding);
  }
  const kind = binaryKind(bytes);
  if (kind) return { error: `binary file (${kind}), not a news report` };
  const utf16 = utf16Guess(bytes);
  if (utf16) return decodeAs(bytes, utf16);
  if (hasNul(bytes)) return { error: 'binary file (NUL bytes), not a news report' };

  const declared = opts.declared ?? (opts.html ? metaCharset(bytes) : undefined);
  if (declared && !isUtf8(declared)) {
    const decoded = decodeAs(bytes, declared);
    if ('text' in decoded) return decoded;
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const sniffed = chardet.detect(bytes);
    if (sniffed && !isUtf8(sniffed)) {
      const decoded = decodeAs(bytes, sniffed);
      if ('text' in decoded) return decoded;
    }
    return { error: `cannot decode: not valid UTF-8 and no known encoding fits (guessed ${sniffed ?? 'nothing'})` };
  }
}

function decodeAs(bytes: Uint8Array, encoding: string): Decoded {
  try {
    const text = new TextDecoder(encoding.toLowerCase()).decode(bytes);
    return text.trim() ? { text, encoding: encoding.toLowerCase() } : { error: 'empty file' };
  } catch {
    return { error: `cannot decode: unknown encoding "${encoding}"` };
  }
}

const isUtf8 = (label: string): boolean => /^utf-?8$/i.test(label.trim());

// <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x"> in the head.
const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{2,40})/i;

export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return META_CHARSET.exec(head)?.[1];
}

/** The charset parameter of a Content-Type header. */
export function headerCharset(contentType: string | null | undefined): string | undefined {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
}

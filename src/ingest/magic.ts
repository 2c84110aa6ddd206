// Recognise files that are not text before trying to decode them, so the error says what they are.

interface Magic {
  kind: string;
  bytes: number[];
}

const MAGICS: readonly Magic[] = [
  { kind: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] }, // %PDF
  { kind: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { kind: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] }, // also docx, xlsx, epub
  { kind: 'gzip', bytes: [0x1f, 0x8b] },
  { kind: 'WebP/RIFF', bytes: [0x52, 0x49, 0x46, 0x46] },
  { kind: 'OLE (old Word/Excel)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];

/** The binary format a file starts with, if it is a known one. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  for (const m of MAGICS) {
    if (m.bytes.length <= bytes.length && m.bytes.every((b, i) => bytes[i] === b)) return m.kind;
  }
  return undefined;
}

/** UTF-16 without a BOM: one byte of each pair is mostly 0x00 (Latin) or 0x06 (Arabic). */
export function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (isHighByte(bytes[i] ?? 0xff)) even++;
    if (isHighByte(bytes[i + 1] ?? 0xff)) odd++;
  }
  const pairs = n / 2;
  if (odd / pairs > 0.7 && even / pairs < 0.3) return 'utf-16le';
  if (even / pairs > 0.7 && odd / pairs < 0.3) return 'utf-16be';
  return undefined;
}

const isHighByte = (b: number): boolean => b === 0x00 || b === 0x06 || b === 0x20; // 0x20: general punctuation block

export const hasNul = (bytes: Uint8Array): boolean => bytes.subarray(0, 8192).includes(0);

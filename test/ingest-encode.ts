// Test-only encoders: Node can decode legacy Arabic code pages but not encode them.

/** Encode with a single-byte code page by inverting TextDecoder's table. */
export function encodeSingleByte(text: string, label: string): Uint8Array {
  const dec = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = dec.decode(new Uint8Array([b]));
    if (!table.has(ch)) table.set(ch, b);
  }
  return Uint8Array.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

export function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = bom ? [0xfeff] : [];
  for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
  units.forEach((u, i) => {
    out[2 * i] = bigEndian ? u >> 8 : u & 0xff;
    out[2 * i + 1] = bigEndian ? u & 0xff : u >> 8;
  });
  return out;
}

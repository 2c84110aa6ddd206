// MinHash signatures and banded LSH, written here because the npm packages lose precision past 2^53.

const MAX_U32 = 0xffffffff;

/** FNV-1a over UTF-16 units: a stable 32-bit id for a shingle. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Final avalanche of murmur3, so that (a·x + b) permutations are well mixed in 32 bits. */
function mix(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

export class MinHasher {
  private readonly a: Uint32Array;
  private readonly b: Uint32Array;

  constructor(
    readonly size = 128,
    seed = 42,
  ) {
    this.a = new Uint32Array(size);
    this.b = new Uint32Array(size);
    let s = seed >>> 0;
    const next = () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0; // LCG: deterministic across runs
      return s;
    };
    for (let i = 0; i < size; i++) {
      this.a[i] = next() | 1;
      this.b[i] = next();
    }
  }

  signature(shingles: Iterable<number>): Uint32Array {
    const sig = new Uint32Array(this.size).fill(MAX_U32);
    for (const x of shingles) {
      for (let i = 0; i < this.size; i++) {
        const h = mix((Math.imul(this.a[i] as number, x) + (this.b[i] as number)) >>> 0);
        if (h < (sig[i] as number)) sig[i] = h;
      }
    }
    return sig;
  }
}

export function estimateJaccard(x: Uint32Array, y: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === y[i]) same++;
  return x.length ? same / x.length : 0;
}

/** Banded LSH: items whose signatures agree on every row of some band become candidates. */
export class LshIndex<K> {
  private readonly buckets = new Map<string, K[]>();

  constructor(
    readonly bands: number,
    readonly rows: number,
  ) {}

  private keys(sig: Uint32Array): string[] {
    const out: string[] = [];
    for (let band = 0; band < this.bands; band++) {
      const part = Array.from(sig.subarray(band * this.rows, (band + 1) * this.rows));
      out.push(`${band}:${part.join('.')}`);
    }
    return out;
  }

  /** Returns the earlier items sharing a bucket with this one, then indexes it. */
  add(key: K, sig: Uint32Array): Set<K> {
    const found = new Set<K>();
    for (const k of this.keys(sig)) {
      const bucket = this.buckets.get(k);
      if (bucket) {
        for (const other of bucket) found.add(other);
        bucket.push(key);
      } else this.buckets.set(k, [key]);
    }
    return found;
  }
}

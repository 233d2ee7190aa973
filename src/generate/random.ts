/**
 * A small seeded PRNG (sfc32) and the draws the generator makes with it. Nothing here reads the clock
 * or Math.random: the same seed gives the same numbers on every machine, so a corpus can be rebuilt
 * byte for byte from its size and seed.
 */

/** Mixes any number of 32-bit integers into one (murmur3 finaliser per part): seeds for sub-streams. */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    let k = Math.imul(part | 0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A stream of its own for every tuple of integers (a seed, a document index...). */
  constructor(...seed: number[]) {
    this.a = mixSeed(1, ...seed);
    this.b = mixSeed(2, ...seed);
    this.c = mixSeed(3, ...seed);
    this.d = 1;
    // sfc32 needs a few rounds before its output is independent of nearby seeds.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A uniform float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One of the keys, with probability proportional to its weight. */
  weighted<K>(entries: ReadonlyArray<readonly [K, number]>): K {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let u = this.next() * total;
    for (const [key, w] of entries) {
      u -= w;
      if (u < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }
}

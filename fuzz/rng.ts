/** A seeded random generator (mulberry32) with the choices the generator makes. */
export class Rng {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** A uniform number in [lo, hi) rounded to 1/64 (printed short, exact in binary). */
  short(lo: number, hi: number): number {
    return Math.round((lo + this.next() * (hi - lo)) * 64) / 64;
  }
  /** Picks a key by weight. */
  weighted<K extends string>(w: Partial<Record<K, number>>): K {
    const entries = Object.entries(w) as [K, number][];
    let total = 0;
    for (const [, v] of entries) total += v;
    let r = this.next() * total;
    for (const [k, v] of entries) {
      r -= v;
      if (r < 0) return k;
    }
    return entries[entries.length - 1]![0];
  }
}

/** A 32-bit finaliser (murmur3's fmix32): every input bit changes each output bit with probability ~1/2. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A seed for stream `index` of run `seed`. The seed is mixed before the index joins it, so
 * runs with nearby seeds draw unrelated programs (combining them first by `^` made stream g
 * of seed s the same as stream g' of seed s' whenever s ^ g = s' ^ g').
 */
export function subSeed(seed: number, index: number): number {
  return mix((mix((seed ^ 0x9e3779b9) >>> 0) + Math.imul(index + 1, 0x9e3779b1)) >>> 0);
}

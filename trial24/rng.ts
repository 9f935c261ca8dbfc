// A small seeded generator for test points.
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 1;
  }
  next(): number {
    // mulberry32
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  u(a = -1, b = 1): number {
    return a + (b - a) * this.next();
  }
  int(a: number, b: number): number {
    return a + Math.floor(this.next() * (b - a + 1));
  }
  arr(n: number, a = -1, b = 1): Float64Array {
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) x[i] = this.u(a, b);
    return x;
  }
  list(n: number, a = -1, b = 1): number[] {
    return Array.from(this.arr(n, a, b));
  }
  spd(n: number, scale = 1): Float64Array {
    const A = this.arr(n * n);
    const S = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        let s = i === j ? 1 : 0;
        for (let k = 0; k < n; k++) s += A[i * n + k] * A[j * n + k];
        S[i * n + j] = scale * s;
      }
    return S;
  }
}

// Finding (minor): a recursive helper returning an object of numbers is refused (documented), but the same
// TSG2002 is printed three times at the same position, once per property of the object.
// Expected: one diagnostic. Actual: three identical "'momentsOf' returns an object, ..." errors at 16:13.
interface Moments { n: number; mean: number; m2: number }
function combine(a: Moments, b: Moments): Moments {
  const n = a.n + b.n;
  const d = b.mean - a.mean;
  return { n, mean: a.mean + (d * b.n) / n, m2: a.m2 + b.m2 + (d * d * a.n * b.n) / n };
}
function momentsOf(x: Float64Array, lo: number, hi: number): Moments {
  if (hi - lo === 1) return { n: 1, mean: x[lo], m2: 0 };
  const mid = (lo + hi) >> 1;
  return combine(momentsOf(x, lo, mid), momentsOf(x, mid, hi));
}
export function pairwiseVariance(x: Float64Array): number {
  const m = momentsOf(x, 0, x.length);
  return m.m2 / (m.n - 1);
}

// Small numeric helpers the other modules import.

export const sq = (x: number): number => x * x;

export const clamp = (x: number, lo = 0, hi = 1): number => Math.min(hi, Math.max(lo, x));

/** softplus with a sharpness; linear above 30 to avoid overflow */
export const softplus = (x: number, beta = 1): number =>
  beta * x > 30 ? x : Math.log1p(Math.exp(beta * x)) / beta;

/** generic reducer: a library author's favourite */
export function sumBy<T>(xs: readonly T[], f: (x: T, i: number) => number): number {
  let s = 0;
  for (const [i, x] of xs.entries()) s += f(x, i);
  return s;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>, n: number = a.length): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += a[i] * b[i];
  return s;
}

export const logSumExp = (xs: readonly number[]): number => {
  const m = Math.max(...xs);
  let s = 0;
  for (const x of xs) s += Math.exp(x - m);
  return m + Math.log(s);
};

/** Abramowitz-Stegun 7.1.26 erf, odd extension */
export function erf(x: number): number {
  const sgn = x < 0 ? -1 : 1;
  const ax = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * ax);
  const poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
  return sgn * (1 - poly * Math.exp(-ax * ax));
}

export const normCdf = (x: number): number => 0.5 * (1 + erf(x / Math.SQRT2));

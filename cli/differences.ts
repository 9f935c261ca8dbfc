/**
 * Central differences for `tsgrad check`: the step, the Richardson extrapolation, the smaller
 * steps tried when they disagree, and how far float32 rounding lets them stray.
 */
import type { Domain } from './domains.js';

/**
 * The difference step: 1e-3 of the argument's magnitude (at least 1e-3), but a fiftieth of its
 * distance to an end of its domain, where a singularity may sit (sqrt(x - 5) on (5, 6)).
 */
export function step(x: number, d: Domain): number {
  const scale = Math.max(1, Math.abs(x));
  const room = Math.min(x - d.lo, d.hi - x) / 50;
  return Math.max(1e-6 * scale, Math.min(1e-3 * scale, room > 0 ? room : Infinity));
}

/**
 * The steps tried, in order: h, then h/10, h/100, h/1000, none below 1e-7 of the argument's
 * magnitude. A kink or a steep curve within h of the point (a Huber loss near its threshold)
 * spoils the differences at h while smaller steps agree; rounding spoils them below 1e-7. Where
 * f's values are rounded to float32, h alone: what its rounding allows grows as 1/h (see
 * float32Noise), and at h/1000 it would let a derivative wrong by 3% pass.
 */
export function steps(h: number, x: number, float32 = false): number[] {
  const floor = 1e-7 * Math.max(1, Math.abs(x));
  const out = [h];
  if (float32) return out;
  for (let k = 1; k <= 3 && h / 10 ** k >= floor; k++) out.push(h / 10 ** k);
  return out;
}

/**
 * The derivatives of outputs by central differences D(h) = (f(x+h) − f(x−h)) / 2h, extrapolated
 * (Richardson): (4·D(h/2) − D(h)) / 3 cancels the h² term, leaving O(h⁴). `at(k)` gives the
 * outputs with the input moved by k, or undefined where f's value is not a number (then so is
 * the result).
 */
export function richardson(at: (k: number) => readonly number[] | undefined, h: number): number[] | undefined {
  const [up, down, upHalf, downHalf] = [at(h), at(-h), at(h / 2), at(-h / 2)];
  if (!up || !down || !upHalf || !downHalf) return undefined;
  return up.map((_, r) => (4 * ((upHalf[r]! - downHalf[r]!) / h) - (up[r]! - down[r]!) / (2 * h)) / 3);
}

/** |a − b| relative to the larger magnitude, absolute below 1 (so that zeros compare). */
export function relativeError(a: number, b: number): number {
  if (a === b) return 0;
  return Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
}

/** Float32's machine epsilon, 2⁻²³. */
const EPSILON_32 = 2 ** -23;
/** Roundings of f's value allowed for: each rounds by ε₃₂/2 of the magnitude. */
export const FLOAT32_ROUNDINGS = 8;

/**
 * How far the Richardson difference of f may stray from f's derivative by float32 rounding alone:
 * each of f's four values carries an error δ of up to n·ε₃₂/2·max(1, |f|) (n roundings of numbers
 * of f's size), D(k) = (f(x+k) − f(x−k))/2k one of δ/k, and (4·D(h/2) − D(h))/3 one of
 * (4·2δ/h + δ/h)/3 = 3δ/h. Where f stores no number in a Float32Array, 0. It is absolute, so a gradient
 * error larger than float32 itself resolves at this step still fails, and reverse against
 * forward mode (both computed in float64) keeps the --tol.
 */
export function float32Noise(value: number, h: number): number {
  return (3 / h) * FLOAT32_ROUNDINGS * (EPSILON_32 / 2) * Math.max(1, Math.abs(value));
}

/**
 * Whether rounding alone keeps central differences at step h from resolving a derivative of
 * magnitude `derivative`: f's values carry errors of at least FLOAT32_ROUNDINGS·ε₆₄/2·|f| each
 * (as float32Noise, in float64), so the Richardson difference strays by 3δ/h; where that exceeds
 * the tolerance on the derivative, a disagreement says nothing about it (trial37
 * repro/check_huge_value.ts: f ≈ 3e105 at a point of the default domains, ∂f = 0.47, differences 0).
 */
export function unresolvable(value: number, derivative: number, h: number, tol: number): boolean {
  const noise = (3 / h) * FLOAT32_ROUNDINGS * (2 ** -53) * Math.max(1, Math.abs(value));
  return noise > tol * Math.max(1, Math.abs(derivative));
}

/**
 * One input component's derivatives (`derivatives[r]`, from reverse mode) against differences
 * of the outputs (but the rows `skipped`), at h and then the smaller `steps`: which step agreed (its index, −1 for none),
 * the error there (at h when none did), and the first disagreeing output at h; `undefined`
 * differences when f's value is not a number at a moved point at every step.
 */
export interface Comparison {
  readonly agreedAt: number;
  readonly error: number;
  /** At h: the first output that disagrees, and its difference. */
  readonly first?: { readonly row: number; readonly difference: number; readonly noise: number };
  /** f's value was not a number at some moved point, at every step tried. */
  readonly undefinedAt: boolean;
  /** Where none agreed: the first disagreeing output's difference at each step tried (where f was a number). */
  readonly byStep?: readonly number[];
}

export function compareColumn(derivatives: readonly number[], at: (k: number) => readonly number[] | undefined, tried: readonly number[],
  tol: number, noise: (h: number) => number, skipped: ReadonlySet<number> = new Set()): Comparison {
  let atH: Comparison | undefined;
  let defined = false;
  const all: number[][] = [];
  for (const [n, h] of tried.entries()) {
    const d = richardson(at, h);
    if (d === undefined) continue;
    defined = true;
    all.push(d);
    let error = 0;
    let first: Comparison['first'];
    for (const [r, g] of derivatives.entries()) {
      // (an output too large for differences to resolve its derivative: not compared, per row)
      if (skipped.has(r)) continue;
      const e = relativeError(g, d[r]!);
      error = Math.max(error, e);
      if (!(e <= tol || Math.abs(g - d[r]!) <= noise(h))) first ??= { row: r, difference: d[r]!, noise: noise(h) };
    }
    if (first === undefined) return { agreedAt: n, error, undefinedAt: false };
    atH ??= { agreedAt: -1, error, first, undefinedAt: false };
  }
  return atH ? { ...atH, byStep: all.map((d) => d[atH!.first!.row]!) } : { agreedAt: -1, error: NaN, undefinedAt: !defined };
}

/**
 * Whether differences at successive steps (`tried`: h, h/10, …) each disagree with the one before,
 * by more than `tol` and than what rounding of f's `value` allows at the smaller step (as
 * unresolvable): f is not smooth within the steps of the point (a jump makes D(h) grow as 1/h),
 * where they do not give a derivative. Of a smooth function with a wrong derivative they agree
 * with each other.
 */
export function changesWithStep(byStep: readonly number[] | undefined, tried: readonly number[], value: number, tol: number): boolean {
  if (!byStep || byStep.length < 2 || byStep.length !== tried.length) return false;
  const rounding = (h: number) => (3 / h) * FLOAT32_ROUNDINGS * (2 ** -53) * Math.max(1, Math.abs(value));
  return byStep.every((d, k) => k === 0 || Math.abs(d - byStep[k - 1]!) > Math.max(tol * Math.max(1, Math.abs(d), Math.abs(byStep[k - 1]!)), rounding(tried[k]!)));
}

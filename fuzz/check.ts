/**
 * The checks of one tested function at one input point, against the primal (the source module as
 * written, transpiled) and the reference interpreter:
 *  value bit-equal to the primal; gradient equal to the dual-number reference (a mismatch is
 *  confirmed by central differences with Richardson extrapolation where the branch trace is
 *  stable); f_vjp with a prefilled adj and a random seed adds seed·grad; array inputs left as they
 *  were; tape.top back to 0 after every call, also after a call that throws; a second call gives
 *  the same bits; a function that throws has a gradient that throws the same error. Forward
 *  mode: f_jvp along a random direction v returns the primal's value bit-equal, and as its
 *  tangent the reference's directional derivative (dual numbers seeded with v) and grad·v.
 *  Second order: f_hvp along v returns the primal's value and f_grad's gradient bit-equal, and as
 *  its hvp the central differences of the reference's gradient along v (Richardson-extrapolated,
 *  where the branch trace is stable); f_hessian, for up to 8 inputs, is symmetric to rounding.
 */
import type { Fn, Input } from './ast.js';
import { copyInput, gradEntries, Interpreter, InvalidProgram, ProgramThrow } from './interpret.js';
import { rowsAsFlat } from './rows.js';
import type { Exports } from './load.js';
import type { Rng } from './rng.js';

export interface Failure {
  kind: string;
  detail: string;
  /** tsc: the function whose code holds the error, when it is another (an untested helper). */
  fn?: string;
  /**
   * A mismatch no larger than what rounding alone moves it by at nearby points (see roundingOnly):
   * the point is ill-conditioned, and the mismatch is counted and listed, not a failure.
   */
  illConditioned?: boolean;
}

interface Tape { top: number; values: Float64Array; reserve(top: number, more: number): Float64Array }

/**
 * The tape grown to exactly the room each capacity check asks for, not doubled: a push that its
 * check does not cover then always falls past the end (where a typed array drops it silently),
 * rather than into the slack of a doubling by luck.
 */
function exactGrowth(t: Tape): void {
  if (Object.hasOwn(t, 'reserve')) return;
  t.reserve = (top: number, more: number): Float64Array => {
    if (top + more <= t.values.length) return t.values;
    const next = new Float64Array(top + more);
    next.set(t.values.subarray(0, top));
    t.values = next;
    return next;
  };
}
type GradFn = (...a: unknown[]) => { value: number; grad: Record<string, number | Float64Array> };
type VjpFn = (...a: unknown[]) => number;
type JvpFn = (...a: unknown[]) => { value: number; tangent: number };
type HvpFn = (...a: unknown[]) => { value: number; grad: Record<string, number | Float64Array>; hvp: Record<string, number | Float64Array> };
type HessianFn = (...a: unknown[]) => { value: number; hessian: Float64Array };

const fmt = (x: unknown): string => {
  if (typeof x === 'number') return String(x);
  if (x instanceof Float64Array || x instanceof Float32Array || Array.isArray(x)) return `[${Array.from(x as ArrayLike<number>).join(', ')}]`;
  if (x && typeof x === 'object') return `{ ${Object.entries(x).map(([k, v]) => `${k}: ${fmt(v)}`).join(', ')} }`;
  return String(x);
};
export const show = fmt;

function sameArray(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function close(a: number, b: number, rel: number, scale: number): boolean {
  return Math.abs(a - b) <= rel * (Math.abs(a) + Math.abs(b)) + rel * scale;
}

export interface CheckContext {
  interp: Interpreter;
  tape: Tape;
  source: Exports;
  generated: Exports;
  module: string;
  fn: Fn;
  rng: Rng;
  /** Why the function gets no f_jvp (its TSG2004 note), if it gets none. */
  noJvp?: string;
  /** Why the function gets no f_hvp (its TSG2005 note), if it gets none. */
  noHvp?: string;
  /** The module rounds to single precision (Float32Array, Math.fround): differences of gradients are that coarse. */
  single?: boolean;
  /** What was checked of second order, counted over the points. */
  second?: { hvp: number; hessian: number };
}

/** Runs every check at `inputs`; returns the failures (empty when all pass). */
export function checkPoint(given: CheckContext, inputs: Input[]): Failure[] {
  // (a function taking an array of rows: its functions as over flat inputs, rows.ts)
  const c = { ...given, source: rowsAsFlat(given.fn, given.source, ['']), generated: rowsAsFlat(given.fn, given.generated, ['grad', 'vjp', 'jvp', 'hvp', 'hessian']) };
  const out: Failure[] = [];
  const fail = (kind: string, detail: string): void => {
    if (!out.some((f) => f.kind === kind)) out.push({ kind, detail });
  };
  // (a mismatch of two computations of one number in float64, classified by how rounding moves it)
  const mismatch = (kind: string, detail: string, measure: (xs: Input[]) => number | undefined): void => {
    if (out.some((f) => f.kind === kind && !f.illConditioned)) return;
    const noise = ref && roundingOnly(c, inputs, measure, ref.trace);
    const listed = out.findIndex((f) => f.kind === kind);
    if (!noise) {
      if (listed >= 0) out.splice(listed, 1);
      out.push({ kind, detail });
    } else if (listed < 0) {
      out.push({ kind, detail: `${detail}; rounding alone moves it by up to ${noise.spread.toPrecision(3)} at points ${NUDGE_TEXT} away`, illConditioned: true });
    }
  };
  const name = c.fn.name;
  const f = c.source[name] as ((...a: unknown[]) => number) | undefined;
  const grad = c.generated[`${name}_grad`] as GradFn | undefined;
  const vjp = c.generated[`${name}_vjp`] as VjpFn | undefined;
  if (!f || !grad || !vjp) {
    fail('missing-export', `${name}_grad or ${name}_vjp not exported by the generated module`);
    return out;
  }
  const at = `at (${inputs.map(fmt).join(', ')})`;

  // the primal, and the reference
  let primal: number | undefined;
  let thrown: Error | undefined;
  // what the primal leaves in its array arguments when it throws: the derivative, which throws
  // the same error at the same point, leaves them so too (README: no restore after a throw)
  const primalArgs = inputs.map(copyInput);
  try {
    primal = f(...primalArgs);
  } catch (e) {
    thrown = e as Error;
  }
  let ref: { value: number; grad: number[]; trace: number[] } | undefined;
  try {
    ref = c.interp.run(c.module, name, inputs, true);
  } catch (e) {
    if (!(e instanceof ProgramThrow)) throw e;
    if (!thrown || thrown.message !== e.message) fail('reference-throw', `reference threw '${e.message}', primal ${thrown ? `threw '${thrown.message}'` : `returned ${primal}`} ${at}`);
  }
  if (ref && thrown) fail('reference-throw', `primal threw '${thrown.message}', reference returned ${ref.value} ${at}`);
  if (ref && primal !== undefined && !Object.is(ref.value, primal)) fail('reference-value', `reference value ${ref.value}, primal ${primal} ${at}`);

  // (`asPrimal`: the arrays are left as the primal leaves them, as f_jvp does; f_grad and f_vjp leave them as found)
  const call = <T>(what: string, run: (args: Input[]) => T, args: Input[], asPrimal = false): { r?: T; err?: Error } => {
    if (c.tape.top !== 0) c.tape.top = 0;
    // (an empty tape grown exactly, so that every capacity check the call makes must grow it
    // and a push its check does not cover is lost and shows: a long-lived tape grown by earlier
    // calls hid that, found by trial28's recursion)
    exactGrowth(c.tape);
    c.tape.values = new Float64Array(0);
    let r: T | undefined;
    let err: Error | undefined;
    try {
      r = run(args);
    } catch (e) {
      err = e as Error;
    }
    if (c.tape.top !== 0) {
      fail('tape', `tape.top is ${c.tape.top} after ${what}${err ? ' (which threw)' : ''} ${at}`);
      c.tape.top = 0;
    }
    inputs.forEach((x, i) => {
      const expected = (thrown && err) || asPrimal ? primalArgs[i]! : x;
      if (typeof x !== 'number' && !sameArray(expected as ArrayLike<number>, args[i] as ArrayLike<number>)) {
        fail('input-modified', `${what} left ${c.fn.params[i]!.name} = ${fmt(args[i])}, ${thrown && err ? 'the throwing primal leaves' : asPrimal ? 'the primal leaves' : 'was'} ${fmt(expected as Input)} ${at}`);
      }
    });
    if (thrown && !err) fail('throw-mismatch', `${what} returned, ${name} throws ${thrown.constructor.name}('${thrown.message}') ${at}`);
    if (err && !thrown) fail('grad-throws', `${what} threw ${err.constructor.name}: ${err.message} ${at}`);
    if (err && thrown && (err.message !== thrown.message || err.constructor !== thrown.constructor)) {
      fail('throw-mismatch', `${what} threw ${err.constructor.name}('${err.message}'), ${name} throws ${thrown.constructor.name}('${thrown.message}') ${at}`);
    }
    return { r, err };
  };

  const g1 = call('f_grad', (a) => grad(...a), inputs.map(copyInput)).r;
  const jvp = c.generated[`${name}_jvp`] as JvpFn | undefined;
  const hvp = c.generated[`${name}_hvp`] as HvpFn | undefined;
  if (!hvp && !c.noHvp) fail('missing-hvp', `${name}_hvp not exported by the generated module and no note (TSG2005) says why`);
  // (a registered derivative has no forward form: the one reason a function may lack f_jvp)
  if (!jvp && !c.noJvp?.includes('is registered')) fail('missing-jvp', `${name}_jvp not exported by the generated module${c.noJvp ? `: ${c.noJvp}` : ' and no note says why'}`);
  // a random direction, one number per entry of grad (0 for an integer input)
  const direction = gradEntries(c.fn).flatMap((e) => Array.from({ length: e.len }, () =>
    (c.fn.params[e.param]!.int ? 0 : Math.round((c.rng.next() * 4 - 2) * 64) / 64)));
  const tangentOf = () => {
    const t: Record<string, number | Float64Array> = {};
    let k = 0;
    for (const e of gradEntries(c.fn)) {
      const p = c.fn.params[e.param]!;
      t[p.name] = p.ty === 'num' ? direction[k]! : Float64Array.from(direction.slice(k, k + e.len));
      k += e.len;
    }
    return t;
  };
  if (thrown) {
    // the next call after a throw works on a balanced tape
    const adj = zeroAdj(c.fn);
    call('f_vjp', (a) => vjp(...a, adj, 1), inputs.map(copyInput));
    if (jvp) call('f_jvp', (a) => jvp(...a, tangentOf()), inputs.map(copyInput), true);
    if (hvp) call('f_hvp', (a) => hvp(...a, tangentOf()), inputs.map(copyInput));
    return out;
  }
  const j1 = jvp ? call('f_jvp', (a) => jvp(...a, tangentOf()), inputs.map(copyInput), true).r : undefined;
  if (j1 && jvp) {
    if (!Object.is(j1.value, primal)) fail('jvp-value', `f_jvp value ${j1.value}, primal ${primal} ${at}`);
    let dirRef: number | undefined;
    try {
      dirRef = c.interp.run(c.module, name, inputs, true, direction).grad[0];
    } catch (e) {
      if (!(e instanceof ProgramThrow)) throw e;
    }
    const vnorm = direction.reduce((s, x) => s + Math.abs(x), 0);
    if (ref && dirRef !== undefined && !Object.is(dirRef, j1.tangent)) {
      const scale = ref.grad.reduce((m, g) => Math.max(m, Math.abs(g)), 0) * Math.max(1, vnorm) + Math.abs(ref.value) + 1;
      if (!close(j1.tangent, dirRef, 1e-8, scale * 1e-2)) fail('jvp-reference', `f_jvp tangent ${j1.tangent}, reference directional derivative ${dirRef} along ${fmt(direction)} ${at}`);
    }
    if (g1) {
      let dot = 0;
      let size = 0;
      let k = 0;
      for (const e of gradEntries(c.fn)) {
        const g = g1.grad[c.fn.params[e.param]!.name];
        for (let i = 0; i < e.len; i++, k++) {
          const gi = typeof g === 'number' ? g : (g as Float64Array | undefined)?.[i] ?? NaN;
          dot += gi * direction[k]!;
          size += Math.abs(gi * direction[k]!);
        }
      }
      const same = Object.is(dot, j1.tangent) || Math.abs(dot - j1.tangent) <= 1e-9 * Math.max(1, size);
      if (!same && !(Number.isNaN(dot) && Number.isNaN(j1.tangent))) {
        // (seed 12063414 #173: sqrt(1 + r²) + r at r ≈ −2.8e11 cancels, and the two orders of
        // summing the same products round apart by 1e-4)
        mismatch('jvp-grad', `f_jvp tangent ${j1.tangent}, grad·v ${dot} along ${fmt(direction)} ${at}`, (xs) => {
          c.tape.top = 0;
          const t = jvp(...xs.map(copyInput), tangentOf()).tangent;
          c.tape.top = 0;
          const g = grad(...xs.map(copyInput)).grad;
          c.tape.top = 0;
          let k = 0;
          let d = 0;
          for (const e of gradEntries(c.fn)) {
            const gi = g[c.fn.params[e.param]!.name];
            for (let i = 0; i < e.len; i++, k++) d += (typeof gi === 'number' ? gi : gi![i]!) * direction[k]!;
          }
          return t - d;
        });
      }
    }
  }
  if (!g1) return out;
  if (!Object.is(g1.value, primal)) fail('value', `f_grad value ${g1.value}, primal ${primal} ${at}`);

  // the gradient's shape, then its values against the reference
  const entries = gradEntries(c.fn);
  const flat: number[] = [];
  for (const e of entries) {
    const p = c.fn.params[e.param]!;
    const v = g1.grad[p.name];
    if (p.ty === 'num') {
      if (typeof v !== 'number') { fail('grad-shape', `grad.${p.name} is ${fmt(v)}, not a number`); return out; }
      flat.push(v);
    } else {
      if (!(v instanceof Float64Array) || v.length !== e.len) { fail('grad-shape', `grad.${p.name} is ${fmt(v)}, not a Float64Array of length ${e.len}`); return out; }
      flat.push(...v);
    }
  }
  if (ref) {
    const scale = ref.grad.reduce((m, g) => Math.max(m, Math.abs(g)), 0) + Math.abs(ref.value) + 1;
    for (let j = 0; j < flat.length; j++) {
      if (close(flat[j]!, ref.grad[j]!, 1e-8, scale * 1e-2)) continue;
      const fd = confirm(c, inputs, j, ref.trace);
      const which = entryName(c.fn, j);
      const msg = `d/d${which}: got ${flat[j]}, reference ${ref.grad[j]}, finite differences ${fd.value ?? fd.why} ${at}`;
      if (fd.value === undefined) fail('unconfirmed-gradient', msg);
      else if (close(fd.value, ref.grad[j]!, 1e-5, 1)) fail('gradient', msg);
      else if (close(fd.value, flat[j]!, 1e-5, 1)) fail('reference-gradient', msg);
      else fail('unconfirmed-gradient', msg);
    }
  }

  // repeatability
  const g2 = call('f_grad (again)', (a) => grad(...a), inputs.map(copyInput)).r;
  if (g2) {
    const same = Object.is(g2.value, g1.value) && Object.keys(g1.grad).every((k) => {
      const a = g1.grad[k]!;
      const b = g2.grad[k]!;
      return typeof a === 'number' ? Object.is(a, b) : sameArray(a, b as Float64Array);
    });
    if (!same) fail('repeat', `second f_grad call gave ${fmt(g2)}, first ${fmt(g1)} ${at}`);
  }

  // second order: f_hvp along the direction, against differences of the reference's gradient
  if (hvp) {
    const h1 = call('f_hvp', (a) => hvp(...a, tangentOf()), inputs.map(copyInput)).r;
    if (h1) {
      if (!Object.is(h1.value, primal)) fail('hvp-value', `f_hvp value ${h1.value}, primal ${primal} ${at}`);
      const hv: number[] = [];
      let same = true;
      for (const e of entries) {
        const p = c.fn.params[e.param]!;
        const g = h1.grad[p.name];
        const hp = h1.hvp[p.name];
        const want = g1.grad[p.name];
        if (typeof want === 'number') { same &&= Object.is(g, want); hv.push(hp as number); } else { same &&= g instanceof Float64Array && sameArray(g, want as Float64Array); hv.push(...Array.from(hp as Float64Array)); }
      }
      if (!same) fail('hvp-grad', `f_hvp grad ${fmt(h1.grad)}, f_grad ${fmt(g1.grad)} ${at}`);
      const fd = ref ? gradDifferences(c, inputs, direction, ref.trace) : undefined;
      if (fd) {
        c.second && c.second.hvp++;
        const scale = fd.reduce((m, x) => Math.max(m, Math.abs(x)), 0) + 1;
        // (where the third derivatives are large the differences' error is too: before calling a
        // mismatch, they are taken again with steps 10 to 10000 times smaller; seed 9104417 #3288,
        // sin of a value of 1e5, whose hvp the steps 1e-6 and 1e-7 confirm to 10 digits; seed 41204
        // #2426, ps[0] updated 320 times through sin and tanh, hvp -7.17e11, whose differences go
        // -6.2e9, 6.3e10, -8.1e11 with steps 1, 0.1, 0.01 of the default, confirmed below. A module
        // that rounds to single precision has a gradient that is a staircase at the scale of a
        // Float32 ulp, whose differences over a step of a few hundred ulps are off by up to one
        // step in a few hundred, more with smaller steps: they are taken again with steps 10 and 100
        // times larger too; seed 9104417 #11198, where steps 1e-4 to 1e-5 gave 1.68230 (the
        // point on a Float32 grid point, the error the same fraction of each) and 1e-3 to 1e-1
        // confirm f_hvp's 1.69799 to 4 digits)
        const steps = c.single ? [10, 100, 0.1, 0.01, 1e-3, 1e-4] : [0.1, 0.01, 1e-3, 1e-4];
        let finer: (number[] | undefined)[] | undefined;
        hv.forEach((x, j) => {
          // (no differences where the gradient overflows near the point)
          if (!Number.isFinite(fd[j]!)) return;
          const agrees = (d: number[] | undefined) => d !== undefined && close(x, d[j]!, c.single ? 1e-3 : 1e-6, c.single ? scale : scale * 10);
          if (agrees(fd)) return;
          finer ??= steps.map((step) => gradDifferences(c, inputs, direction, ref!.trace, step));
          if (finer.some(agrees)) return;
          const detail = `hvp[${entryName(c.fn, j)}] = ${x}, differences of the gradient along ${fmt(direction)}: ${fd[j]} (with steps ${steps.join(', ')} times the default: ${finer.map((d) => d?.[j]).join(', ')}) ${at}`;
          // (the differences at the steps tried spread over far more than the tolerance, and the
          // hvp is no further from them than their spread: the reference's gradient is rounding
          // there, and they decide nothing; #173's shape, differences 3.2, 4.1, 85, -0.19, 38256
          // of an hvp -0.24. Of a smooth gradient they agree with each other, and a wrong hvp fails)
          const estimates = [fd, ...finer].map((d) => d?.[j]).filter((d): d is number => d !== undefined && Number.isFinite(d));
          const [lo, hi] = [Math.min(...estimates), Math.max(...estimates)];
          if (hi - lo > 1e-3 * scale && Math.max(lo - x, x - hi) <= hi - lo) {
            if (!out.some((f) => f.kind === 'hvp')) out.push({ kind: 'hvp', detail: `${detail}; the differences spread over [${lo}, ${hi}]: they decide nothing there`, illConditioned: true });
          } else {
            const listed = out.findIndex((f) => f.kind === 'hvp' && f.illConditioned);
            if (listed >= 0) out.splice(listed, 1);
            fail('hvp', detail);
          }
        });
      }
      const hessian = c.generated[`${name}_hessian`] as HessianFn | undefined;
      if (hessian && flat.length <= 8) {
        const H = call('f_hessian', (a) => hessian(...a), inputs.map(copyInput)).r;
        if (H) {
          c.second && c.second.hessian++;
          const n = flat.length;
          // (an absolute allowance of 1e-14 · (1 + max |H|): a Hessian that is zero in exact
          // arithmetic, as ∂²/∂x² Σ softmax(x) = ∂²/∂x² 1, is rounding of terms of its partials' size,
          // ~1e-17, not symmetric; fuzz seed 12042302 #1483 failed on 1.3e-17 against 2.4e-17 at 1e-18)
          const big = H.hessian.reduce((m, x) => Math.max(m, Math.abs(x)), 0) + 1;
          for (let i = 0; i < n; i++) {
            for (let j = 0; j < i; j++) {
              const a = H.hessian[i * n + j]!;
              const b = H.hessian[j * n + i]!;
              if (!close(a, b, c.single ? 1e-6 : 1e-9, c.single ? big : big * 1e-5) && !(Number.isNaN(a) && Number.isNaN(b))) {
                mismatch('hessian-symmetry', `H[${i}][${j}] = ${a}, H[${j}][${i}] = ${b} ${at}`, (xs) => {
                  c.tape.top = 0;
                  const h = hessian(...xs.map(copyInput)).hessian;
                  c.tape.top = 0;
                  return h[i * n + j]! - h[j * n + i]!;
                });
              }
            }
          }
        }
      }
    }
  }

  // the vjp contract with a prefilled adj and a random seed
  const adj = zeroAdj(c.fn);
  const pre: Record<string, number | Float64Array> = {};
  for (const k of Object.keys(adj)) {
    const v = adj[k]!;
    if (typeof v === 'number') adj[k] = pre[k] = Math.round((c.rng.next() * 20 - 10) * 8) / 8;
    else {
      for (let i = 0; i < v.length; i++) v[i] = Math.round((c.rng.next() * 20 - 10) * 8) / 8;
      pre[k] = v.slice();
    }
  }
  const seed = Math.round((c.rng.next() * 4 - 2) * 16) / 16 || 0.75;
  const v1 = call('f_vjp', (a) => vjp(...a, adj, seed), inputs.map(copyInput)).r;
  if (v1 !== undefined) {
    if (!Object.is(v1, primal)) fail('vjp-value', `f_vjp returned ${v1}, primal ${primal} ${at}`);
    for (const k of Object.keys(adj)) {
      const g = g1.grad[k]!;
      const a = adj[k]!;
      const p = pre[k]!;
      const n = typeof g === 'number' ? 1 : g.length;
      for (let i = 0; i < n; i++) {
        const gi = typeof g === 'number' ? g : g[i]!;
        const want = (typeof p === 'number' ? p : p[i]!) + seed * gi;
        const got = typeof a === 'number' ? a : a[i]!;
        if (!close(got, want, 1e-10, 1 + Math.abs(seed * gi))) {
          fail('vjp-accumulation', `adj.${k}${typeof g === 'number' ? '' : `[${i}]`} = ${got} after f_vjp with prefill ${fmt(p)} and seed ${seed}; expected prefill + seed·grad = ${want} ${at}`);
        }
      }
    }
  }
  return out;
}

/** How far the nearby points of roundingOnly are: each input entry moved by k·2⁻⁴⁰ of its size, k = ±1, ±2. */
const NUDGE = 2 ** -40;
const NUDGE_TEXT = '2^-40 of the inputs';

/**
 * Whether a mismatch between two float64 computations of one number (`measure`: their signed
 * difference at the inputs given) is rounding: at four points a few thousand ulps away, where the
 * branch trace is the same, it moves by at least a quarter of its size. A wrong derivative's
 * mismatch is the difference of two smooth functions, the same there to ~1e-12 of itself; a
 * mismatch made by rounding (a sum whose terms cancel) is a new draw at each point. Returns the
 * largest move, or undefined when the mismatch is not rounding or no nearby point keeps the trace.
 */
function roundingOnly(c: CheckContext, inputs: Input[], measure: (xs: Input[]) => number | undefined, trace: number[]): { spread: number } | undefined {
  const at = (xs: Input[]): number | undefined => {
    try {
      const r = c.interp.run(c.module, c.fn.name, xs, false);
      if (r.trace.length !== trace.length || r.trace.some((v, i) => !Object.is(v, trace[i]))) return undefined;
      const d = measure(xs);
      return d !== undefined && Number.isFinite(d) ? d : undefined;
    } catch {
      // (the program throws there, or the derivative does, which is no rounding)
      c.tape.top = 0;
      return undefined;
    }
  };
  const here = at(inputs);
  if (here === undefined || here === 0) return undefined;
  const moves: number[] = [];
  for (const k of [1, -1, 2, -2]) {
    const xs = inputs.map(copyInput);
    let entry = 0;
    for (const e of gradEntries(c.fn)) {
      if (c.fn.params[e.param]!.int) { entry += e.len; continue; }
      const nudge = (x: number) => x + (entry++ % 2 === 0 ? k : -k) * NUDGE * Math.max(Math.abs(x), 1e-3);
      const t = xs[e.param]!;
      if (typeof t === 'number') xs[e.param] = nudge(t);
      else for (let i = 0; i < e.len; i++) (t as number[])[i] = nudge((t as number[])[i]!);
    }
    const d = at(xs);
    if (d !== undefined) moves.push(Math.abs(d - here));
  }
  if (moves.length < 2) return undefined;
  const spread = Math.max(...moves);
  return Math.abs(here) <= 4 * spread ? { spread } : undefined;
}

function zeroAdj(fn: Fn): Record<string, number | Float64Array> {
  const adj: Record<string, number | Float64Array> = {};
  for (const e of gradEntries(fn)) {
    const p = fn.params[e.param]!;
    adj[p.name] = p.ty === 'num' ? 0 : new Float64Array(e.len);
  }
  return adj;
}

function entryName(fn: Fn, j: number): string {
  for (const e of gradEntries(fn)) {
    const p = fn.params[e.param]!;
    if (j < e.len) return p.ty === 'num' ? p.name : `${p.name}[${j}]`;
    j -= e.len;
  }
  return '?';
}

/** Central differences of the reference's gradient along `v`, Richardson-extrapolated, where no discrete decision changes. */
function gradDifferences(c: CheckContext, inputs: Input[], v: number[], trace: number[], step = 1): number[] | undefined {
  const size = inputs.reduce((m: number, x) => Math.max(m, ...(typeof x === 'number' ? [Math.abs(x)] : Array.from(x as ArrayLike<number>, Math.abs))), 1);
  const h = 1e-4 * size * step;
  const g = (delta: number): number[] | undefined => {
    const xs = inputs.map(copyInput);
    let k = 0;
    for (const e of gradEntries(c.fn)) {
      const t = xs[e.param]!;
      if (typeof t === 'number') xs[e.param] = t + delta * v[k++]!;
      else for (let i = 0; i < e.len; i++) (t as number[])[i] = (t as number[])[i]! + delta * v[k++]!;
    }
    try {
      const r = c.interp.run(c.module, c.fn.name, xs, true);
      if (r.trace.length !== trace.length || r.trace.some((x, i) => !Object.is(x, trace[i]))) return undefined;
      return r.grad;
    } catch (e) {
      if (e instanceof ProgramThrow || e instanceof InvalidProgram) return undefined;
      throw e;
    }
  };
  const [a, b, cc, d] = [g(h), g(-h), g(h / 2), g(-h / 2)];
  if (!a || !b || !cc || !d) return undefined;
  return a.map((_, j) => (4 * ((cc[j]! - d[j]!) / h) - (a[j]! - b[j]!) / (2 * h)) / 3);
}

/** Central differences along entry j, Richardson-extrapolated, where no discrete decision changes. */
function confirm(c: CheckContext, inputs: Input[], j: number, trace: number[]): { value?: number; why: string } {
  const entries = gradEntries(c.fn);
  let k = j;
  let at: { param: number; i: number } | undefined;
  for (const e of entries) {
    if (k < e.len) { at = { param: e.param, i: k }; break; }
    k -= e.len;
  }
  if (!at) return { why: 'no entry' };
  const p = c.fn.params[at.param]!;
  if (p.int) return { why: 'an integer input' };
  const x0 = typeof inputs[at.param] === 'number' ? inputs[at.param] as number : (inputs[at.param] as ArrayLike<number>)[at.i]!;
  const h = 1e-3 * Math.max(1, Math.abs(x0));
  const f = (dx: number): number | undefined => {
    const xs = inputs.map(copyInput);
    const t = xs[at!.param]!;
    if (typeof t === 'number') xs[at!.param] = t + dx;
    else (t as number[])[at!.i] = (t as number[])[at!.i]! + dx;
    try {
      const r = c.interp.run(c.module, c.fn.name, xs, false);
      if (r.trace.length !== trace.length || r.trace.some((v, i) => !Object.is(v, trace[i]))) return undefined;
      return r.value;
    } catch (e) {
      if (e instanceof ProgramThrow || e instanceof InvalidProgram) return undefined;
      throw e;
    }
  };
  const [a, b, cc, d] = [f(h), f(-h), f(h / 2), f(-h / 2)];
  if (a === undefined || b === undefined || cc === undefined || d === undefined) return { why: 'a branch changes within ±h' };
  const d1 = (a - b) / (2 * h);
  const d2 = (cc - d) / h;
  return { value: (4 * d2 - d1) / 3, why: '' };
}

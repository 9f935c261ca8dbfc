/**
 * The fuzzer's conditioning check (fuzz/check.ts roundingOnly): a mismatch between two float64
 * computations of one number that rounding alone makes at an ill-conditioned point is listed as
 * ill-conditioned, not a failure, while a wrong derivative still fails. The module is the shape of
 * seed 12063414 #173: r driven to ≈ −2.8e11 in a loop, then sqrt(1 + r²) + r, whose terms cancel.
 */
import { join } from 'node:path';
import { compileFiles } from '../compiler/index.js';
import * as runtime from '../runtime/index.js';
import type { Expr, Fn, Group, Stmt } from '../fuzz/ast.js';
import { runBatch, type Outcome, type Tsgrad } from '../fuzz/run.js';

const num = (v: number): Expr => ({ k: 'lit', v });
const ref = (name: string): Expr => ({ k: 'ref', name });
const bin = (op: '+' | '*' | '**', l: Expr, r: Expr): Expr => ({ k: 'bin', op, l, r });
const math = (fn: string, ...args: Expr[]): Expr => ({ k: 'math', fn, args });

/** #173's f7: var s0 = tan(tanh(r)/2); qs[2] += r; three steps of p, then r -= p²·r; sqrt(1 + r²) + r + s0. */
const cancels: Fn = {
  name: 'f7', ret: 'num', exported: true, features: [],
  params: [{ name: 'p', ty: 'num' }, { name: 'qs', ty: 'list', len: 3 }, { name: 'r', ty: 'num' }],
  body: [
    { k: 'decl', kw: 'var', name: 's0', init: math('tan', bin('*', num(0.5), math('tanh', ref('r')))) },
    { k: 'store', arr: 'qs', idx: num(2), op: '+=', e: ref('r') },
    { k: 'for', v: 'i1', from: 0, to: num(3), step: 1, body: [
      { k: 'assign', name: 'p', op: '=', e: bin('+', bin('*', num(0.703125), ref('p')), ref('r')) },
      { k: 'assign', name: 'p', op: '+=', e: bin('*', ref('p'), math('log', bin('+', num(1), bin('*', ref('s0'), ref('s0'))))) },
      { k: 'assign', name: 'r', op: '-=', e: bin('*', math('pow', ref('p'), num(2)), ref('r')) },
    ] },
    { k: 'return', e: bin('+', bin('+', math('sqrt', bin('+', num(1), bin('**', ref('r'), num(2)))), ref('r')), ref('s0')) },
  ] satisfies Stmt[],
};

/** A well-conditioned function of the same inputs: sin(p)·r + r² + qs[0]·p. */
const smooth: Fn = {
  name: 'g', ret: 'num', exported: true, features: [],
  params: [{ name: 'p', ty: 'num' }, { name: 'qs', ty: 'list', len: 3 }, { name: 'r', ty: 'num' }],
  body: [{ k: 'return', e: bin('+', bin('+', bin('*', math('sin', ref('p')), ref('r')), bin('*', ref('r'), ref('r'))), bin('*', { k: 'elem', arr: 'qs', idx: num(0) }, ref('p'))) }],
};

/** #173's two points: f_jvp against grad·v failed at the first, the Hessian's symmetry at the second. */
const points = [
  [0.8856500284746289, [1.5937441028654575, 0.9570392882451415, 0.32443012204021215], 1.9144895449280739],
  [1.0396824311465025, [-0.03228116687387228, 1.2365285055711865, 1.2144045187160373], 1.5227370224893093],
];

const group = (): Group => ({
  modules: [{ name: 'cond1', consts: [], imports: [], kernels: [], fns: [structuredClone(cancels), structuredClone(smooth)] }],
  targets: [{ index: 0, module: 'cond1', fn: 'f7', inputs: structuredClone(points) }, { index: 1, module: 'cond1', fn: 'g', inputs: structuredClone(points) }],
});

/**
 * tsgrad, with the generated `<fn>_jvp` of the functions in `wrong` returning its tangent times
 * (1 + factor), and `<fn>_hessian` adding factor·(1 + |H|) to H[0][1] alone: derivatives wrong on purpose.
 */
function tsgrad(wrong: Record<string, number> = {}): Tsgrad {
  return {
    compileFiles: (files) => compileFiles(files).map((r) => {
      let code = r.code;
      for (const [fn, factor] of Object.entries(wrong)) {
        code = code?.replace(`export function ${fn}_jvp(`, `function ${fn}_jvp_right(`).replace(`export function ${fn}_hessian(`, `function ${fn}_hessian_right(`) + `
export function ${fn}_jvp(...a: any[]): any { const r = (${fn}_jvp_right as any)(...a); return { ...r, tangent: r.tangent * (1 + ${factor}) }; }
export function ${fn}_hessian(...a: any[]): any { const r = (${fn}_hessian_right as any)(...a); r.hessian[1] += ${factor} * (1 + Math.abs(r.hessian[1])); return r; }
`;
      }
      return { ...r, code };
    }),
    runtime: runtime as unknown as Tsgrad['runtime'],
    root: join(__dirname, '..'),
  };
}

const outcome = (o: Outcome[], fn: string) => {
  const x = o.find((y) => y.fn === fn)!;
  return { status: x.status, failures: x.failures.map((f) => f.kind), illConditioned: (x.illConditioned ?? []).map((f) => f.kind) };
};

test('#173\'s shape: f_jvp against grad·v, f_hvp against differences and the Hessian\'s symmetry disagree by rounding alone, listed as ill-conditioned, not failures', () => {
  const { outcomes } = runBatch(tsgrad(), [group()], { tsc: [false], seed: 1 });
  expect(outcome(outcomes, 'f7')).toEqual({ status: 'pass', failures: [], illConditioned: ['jvp-grad', 'hvp', 'hessian-symmetry'] });
  expect(outcome(outcomes, 'g')).toEqual({ status: 'pass', failures: [], illConditioned: [] });
  const detail = outcomes.find((y) => y.fn === 'f7')!.illConditioned![0]!.detail;
  expect(detail).toMatch(/^f_jvp tangent \S+, grad·v \S+ along .*; rounding alone moves it by up to \S+ at points 2\^-40 of the inputs away$/);
}, 120_000);

test('a deliberately wrong derivative still fails: by 1e-7 where the point is well-conditioned, by 10% where it is not', () => {
  const { outcomes } = runBatch(tsgrad({ g: 1e-7, f7: 0.1 }), [group()], { tsc: [false], seed: 1 });
  // (the reference's directional derivative sees the wrong tangent too: jvp-reference)
  expect(outcome(outcomes, 'g')).toEqual({ status: 'fail', failures: ['jvp-reference', 'jvp-grad', 'hessian-symmetry'], illConditioned: [] });
  expect(outcome(outcomes, 'f7')).toEqual({ status: 'fail', failures: ['jvp-reference', 'jvp-grad', 'hessian-symmetry'], illConditioned: ['hvp'] });
}, 120_000);

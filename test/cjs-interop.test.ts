/**
 * Generated code run through CommonJS interop (tsx and ts-jest compile a TypeScript module to
 * CommonJS; esbuild's and TypeScript's output reads each imported name as a property of the
 * required module, which for an ES module is a getter): the runtime's names are read once, when
 * the module loads, not at each use. Before, a recursive sum of squares split in halves read
 * `tape` through that getter at each call and reserve of each level: under `tsx`, its f_vjp was
 * 60-100x its primal (4x run as an ES module); bound once, 4x under tsx too.
 *
 * Counted, not timed: a runtime whose every export is a counting getter, the generated module
 * compiled to CommonJS by esbuild (as tsx does) and run against it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import * as runtime from '../runtime/index.js';
import { compileFiles } from '../compiler/index.js';

const source = `
function splitSumSq(xs: Float64Array, lo: number, hi: number): number {
  if (hi - lo <= 2) {
    let s = 0;
    for (let i = lo; i < hi; i++) s += Math.sin(xs[i]) * xs[i];
    return s;
  }
  const mid = (lo + hi) >> 1;
  return splitSumSq(xs, lo, mid) + splitSumSq(xs, mid, hi);
}
export function sumSq(xs: Float64Array): number {
  return splitSumSq(xs, 0, xs.length);
}
`;

type Vjp = (xs: Float64Array, adj: { xs: Float64Array }) => number;

test('the runtime is read once when the module loads, not at each call of its gradient', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tsgrad-cjs-'));
  writeFileSync(join(dir, 'sum.ts'), source);
  const [result] = compileFiles([join(dir, 'sum.ts')]);
  expect(result!.diagnostics).toEqual([]);
  const cjs = transformSync(result!.code!, { loader: 'ts', format: 'cjs', target: 'es2022' }).code;

  let reads = 0;
  const counted: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(runtime)) {
    Object.defineProperty(counted, name, { enumerable: true, get: () => { reads++; return value; } });
  }
  const module = { exports: {} as Record<string, unknown> };
  const load = new Function('require', 'module', 'exports', cjs) as (r: (id: string) => unknown, m: typeof module, e: unknown) => void;
  load((id) => {
    if (id !== 'tsgrad/runtime') throw new Error(`unexpected require of ${id}`);
    return counted;
  }, module, module.exports);
  const atLoad = reads;
  // (the names the module imports: some, each read once)
  expect(atLoad).toBeGreaterThan(0);
  expect(atLoad).toBeLessThanOrEqual(Object.keys(runtime).length);

  const vjp = module.exports.sumSq_vjp as Vjp;
  const xs = Float64Array.from({ length: 37 }, (_, i) => Math.cos(i) * 1.3);
  for (let round = 0; round < 5; round++) {
    const adj = { xs: new Float64Array(xs.length) };
    const value = vjp(xs, adj);
    let expected = 0;
    for (const x of xs) expected += Math.sin(x) * x;
    expect(value).toBeCloseTo(expected, 12);
    xs.forEach((x, i) => expect(adj.xs[i]).toBeCloseTo(Math.cos(x) * x + Math.sin(x), 12));
  }
  // 5 gradients of a recursion 5 levels deep, and not one read of the runtime's exports
  expect(reads - atLoad).toBe(0);
});

// The slow repro, measured two ways: (1) deterministic: how many node evaluations one f_vjp performs (a copy of the
// generated module with a counter at the top of each node function: nodeX, nodeX_vjp, nodeX_fwd), against the
// 2 * leaves - 1 of f; (2) f_vjp / f by time (every form warmed, batches >= 2 ms, 9 interleaved rounds, median; noisy on
// the shared box). Run: node --import tsgrad/register trial34/repro/slow_run.ts
import { treeSwitch, treeIf } from './slow_joint_recursion.ts';
import { treeSwitch_vjp, treeIf_vjp, treeSwitch_grad, treeIf_grad } from './slow_joint_recursion.grad.ts';

const per = (f: () => unknown, n: number) => { const t = performance.now(); for (let i = 0; i < n; i++) f(); return ((performance.now() - t) / n) * 1e6; };
const med = (a: number[]) => a.slice().sort((p, q) => p - q)[a.length >> 1];
function ratio(f: () => unknown, g: () => unknown): [number, number, number] {
  for (const h of [f, g]) { const t = performance.now(); while (performance.now() - t < 100) for (let i = 0; i < 16; i++) h(); }
  const size = (h: () => unknown) => { let n = 16; while (per(h, n) * n < 2e6 && n < 1 << 22) n *= 2; return n; };
  const nf = size(f), ng = size(g);
  const tf: number[] = [], tg: number[] = [];
  for (let r = 0; r < 9; r++) { tf.push(per(f, nf)); tg.push(per(g, ng)); }
  return [med(tf), med(tg), med(tg) / med(tf)];
}
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const here = dirname(fileURLToPath(import.meta.url));
const gen = readFileSync(join(here, 'slow_joint_recursion.grad.ts'), 'utf8')
  .replace(/^(function (nodeSwitch|nodeIf)(_vjp|_fwd)?\(.*\{)$/gm, '$1\n  (globalThis as any).__nodeCalls++;');
mkdirSync(join(here, '../scratch'), { recursive: true });
writeFileSync(join(here, '../scratch/slow_joint_recursion.counted.grad.ts'), gen);
const C = await import('../scratch/slow_joint_recursion.counted.grad.ts');
(globalThis as any).__nodeCalls = 0;
for (const leaves of [4, 16, 64, 256]) {
  const kind = Int32Array.from({ length: 2 * leaves - 1 }, (_, k) => (k < leaves - 1 ? 1 : 0));
  const x = Float64Array.from({ length: 2 * leaves - 1 }, (_, i) => Math.sin(i));
  const count = (f: () => unknown) => { (globalThis as any).__nodeCalls = 0; f(); return (globalThis as any).__nodeCalls; };
  const cs = count(() => C.treeSwitch_vjp(kind, x, { x: new Float64Array(x.length) }));
  const ci = count(() => C.treeIf_vjp(kind, x, { x: new Float64Array(x.length) }));
  console.log(JSON.stringify({ name: `node evaluations in one f_vjp, leaves=${leaves}`, f: 2 * leaves - 1, treeSwitch_vjp: cs, treeIf_vjp: ci, vjpOverF: +(cs / (2 * leaves - 1)).toFixed(2) }));
}
for (const leaves of process.argv.includes('--no-time') ? [] : [4, 16, 64, 256]) {
  // internal nodes 0..leaves-2 are soft maxima (kind 1), the rest leaves (kind 0)
  const kind = Int32Array.from({ length: 2 * leaves - 1 }, (_, k) => (k < leaves - 1 ? 1 : 0));
  const x = Float64Array.from({ length: 2 * leaves - 1 }, (_, i) => Math.sin(i));
  const g1 = treeSwitch_grad(kind, x).grad.x, g2 = treeIf_grad(kind, x).grad.x;
  if (!g1.every((v, i) => Math.abs(v - g2[i]) < 1e-12)) console.log(JSON.stringify({ name: 'gradients differ', leaves }));
  const a1 = { x: new Float64Array(x.length) }, a2 = { x: new Float64Array(x.length) };
  const [f1, v1, r1] = ratio(() => treeSwitch(kind, x), () => treeSwitch_vjp(kind, x, a1));
  const [f2, v2, r2] = ratio(() => treeIf(kind, x), () => treeIf_vjp(kind, x, a2));
  console.log(JSON.stringify({ name: `treeSwitch leaves=${leaves}`, fNs: +f1.toFixed(0), vjpNs: +v1.toFixed(0), vjpOverF: +r1.toFixed(2) }));
  console.log(JSON.stringify({ name: `treeIf leaves=${leaves}`, fNs: +f2.toFixed(0), vjpNs: +v2.toFixed(0), vjpOverF: +r2.toFixed(2) }));
}

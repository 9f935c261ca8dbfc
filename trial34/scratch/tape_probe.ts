import { tape } from 'tsgrad/runtime';
import * as G from '/work/wt/trial34/trial34/src/recursive.grad.ts';
const s = Float64Array.of(1, 1.5, 0.7, 2, 1.2, 0.9, 1.1, 1.3);
const sig = Float64Array.from({ length: 16 }, (_, i) => Math.cos(i * 0.9));
console.log('tape keys', Object.keys(tape));
const a = { strength: new Float64Array(8), team: 0 };
const b = { x: new Float64Array(16), decay: 0 };
const snap = () => JSON.stringify({ top: (tape as any).top, depth: (tape as any).depth, len: (tape as any).values?.length });
console.log('before', snap());
for (let k = 0; k < 5; k++) {
  const t = performance.now();
  for (let i = 0; i < 20000; i++) G.tournamentWinLoop_vjp(s, 3, a);
  const t2 = performance.now();
  for (let i = 0; i < 20000; i++) G.haarDetailEnergyLoop_vjp(sig, 0.7, b);
  console.log('loop vjp ns', (((t2 - t) / 20000) * 1e6).toFixed(0), 'haar ns', (((performance.now() - t2) / 20000) * 1e6).toFixed(0), snap());
}

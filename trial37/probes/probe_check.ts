// Probes checked by grad(f) (tsgrad/register) against Richardson central differences; jacobian(f) for a writer.
// run: node --import tsgrad/register trial37/probes/probe_check.ts
import { grad, jacobian } from 'tsgrad';
import * as P from './cstyle.js';
import * as Q from './advanced.js';

type Args = unknown[];
const clone = (a: Args) => a.map((v) => (ArrayBuffer.isView(v) ? (v as Float64Array).slice() : Array.isArray(v) ? v.slice() : v));
function fdCheck(name: string, f: (...a: any[]) => number, g: (...a: any[]) => { value: number; grad: Record<string, number | Float64Array> }, names: string[], args: Args, fixed: string[] = []) {
  const r = g(...clone(args));
  const v = f(...clone(args));
  const bad: string[] = [];
  if (!Object.is(r.value, v)) bad.push(`value ${r.value} vs ${v}`);
  names.forEach((k, i) => {
    if (fixed.includes(k) || !(k in r.grad)) return;
    const x = args[i];
    const comps = typeof x === 'number' ? [-1] : Array.from(x as Float64Array, (_, j) => j);
    for (const j of comps) {
      const x0 = j < 0 ? (x as number) : (x as Float64Array)[j];
      const fAt = (s: number) => { const b = clone(args); if (j < 0) b[i] = x0 + s; else (b[i] as Float64Array)[j] = x0 + s; return f(...b); };
      const D = (h: number) => (fAt(h) - fAt(-h)) / (2 * h);
      const h = 1e-3 * Math.max(1, Math.abs(x0));
      const fd = (4 * D(h / 2) - D(h)) / 3;
      const gv = j < 0 ? (r.grad[k] as number) : (r.grad[k] as Float64Array)[j];
      if (Math.abs(fd - gv) > 1e-6 * Math.max(Math.abs(fd), Math.abs(gv)) + 1e-8 * Math.max(1, Math.abs(v))) bad.push(`d/d${k}${j < 0 ? '' : `[${j}]`} ${gv} vs FD ${fd}`);
    }
  });
  console.log(JSON.stringify({ probe: name, status: bad.length ? 'WRONG' : 'ok', notes: bad.slice(0, 4) }));
}

const x5 = Float64Array.of(0.3, -0.7, 1.1, 0.4, -0.2);
fdCheck('packProducts (value + out[k++])', P.packProducts, grad(P.packProducts), ['x', 'out'], [x5, new Float64Array(15)], ['out']);
{
  const J = jacobian(P.packProducts)(x5, new Float64Array(15));
  // row 0 = gradient of the value; rows 1.. = d out[k] / d x: check out[1] = x0 * x1 -> d/dx0 = x1, d/dx1 = x0
  const cols = J.columns;
  const ok = Math.abs(J.jacobian[2 * cols + 0] - x5[1]) < 1e-14 && Math.abs(J.jacobian[2 * cols + 1] - x5[0]) < 1e-14 && J.rows === 16;
  console.log(JSON.stringify({ probe: 'jacobian(packProducts) rows out[k++]', status: ok ? 'ok' : 'WRONG', notes: [`${J.rows}x${cols}`] }));
}
fdCheck('chainedStores (buf[i] = buf[i + 1] = …; buf[i++] += …)', P.chainedStores, grad(P.chainedStores), ['x', 'a'], [x5, 0.8]);
fdCheck('hornerDoWhile (c[--n])', P.hornerDoWhile, grad(P.hornerDoWhile), ['c', 'x'], [x5, 0.9]);
fdCheck('bitReversedDot (|=, <<, >>>)', P.bitReversedDot, grad(P.bitReversedDot), ['x', 'y'], [Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8).map((v) => Math.sin(v)), Float64Array.of(8, 7, 6, 5, 4, 3, 2, 1).map((v) => Math.cos(v))]);
for (const [ini, draw] of [[100, 8], [20, 9]]) fdCheck(`drawdown (value class, method returning after change, break) ${ini}/${draw}`, P.drawdown, grad(P.drawdown), ['initial', 'rate', 'draw', 'years'], [ini, 0.05, draw, 12], ['years']);
for (const x0 of [0.5, 4.9]) fdCheck(`kickedOscillator (void helpers in an if, break) x0=${x0}`, P.kickedOscillator, grad(P.kickedOscillator), ['x0', 'v0', 'k', 'steps'], [x0, 0.3, 2, 20], ['steps']);
fdCheck('smoothTwice (@noinline helper writing a window of the caller)', Q.smoothTwice, grad(Q.smoothTwice), ['x', 'w'], [Float64Array.of(0.3, -0.7, 1.1, 0.4, -0.2, 0.9), 0.2]);
fdCheck('checkpointedChain (@checkpoint time loop, state copied)', Q.checkpointedChain, grad(Q.checkpointedChain), ['x0', 'k', 'steps'], [Float64Array.of(0, -1.1, -1.9, -3.2), 20, 200], ['steps']);

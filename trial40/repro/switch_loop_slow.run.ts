// Finding (slow): a switch with fall-through and a continue inside a loop over a Float64Array (probes'
// edges.switchInLoop) keeps its gradient above 3x the function at 512 elements, where a call's fixed cost no longer
// counts: scaling.mjs measured f_grad 7.6x, f_vjp 5.7x (load 13.5); the 8-element spec case 8-10x in four fresh
// processes. The same arithmetic without the switch (an if/else chain on i % 3, ifChain below) is timed beside it.
// Expected: f_grad within ~3x of f, as the straight-line loops of this trial are (coxBreslow 2.1x, eloLogLoss 1.7x).
// Actual: printed below (grad(f) under tsgrad/register, median of 9 interleaved rounds in one process); REPRODUCES
// when the switch's f_grad is > 3x f. Three runs at load 13.4: switch 7.7x, 8.2x, 24.3x; if-chain 4.8x, 5.9x, 3.8x.
import { grad } from 'tsgrad';

export function switchLoop(xs: Float64Array, k: number): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) {
    switch (i % 3) {
      case 0:
        s += k * xs[i];
        break;
      case 1:
        if (xs[i] < 0) continue;
        s += xs[i] * xs[i];
      // falls through
      case 2:
        s *= 1 + 0.1 * k;
        break;
    }
    s += 0.01 * xs[i];
  }
  return s;
}

export function ifChain(xs: Float64Array, k: number): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) {
    const m = i % 3;
    if (m === 0) s += k * xs[i];
    else if (m === 1 && xs[i] < 0) continue;
    else {
      if (m === 1) s += xs[i] * xs[i];
      s *= 1 + 0.1 * k;
    }
    s += 0.01 * xs[i];
  }
  return s;
}

const xs = Float64Array.from({ length: 512 }, (_, i) => Math.sin(1.7 * i));
const gs = grad(switchLoop), gc = grad(ifChain);
let sink = 0;
const loop = (fn: () => number, n: number) => { const t0 = process.hrtime.bigint(); for (let i = 0; i < n; i++) sink += fn(); return Number(process.hrtime.bigint() - t0) / n; };
const fns = [() => switchLoop(xs, 1.3), () => gs(xs, 1.3).value, () => ifChain(xs, 1.3), () => gc(xs, 1.3).value];
for (let w = 0; w < 2; w++) fns.forEach((f) => loop(f, 2000));
const sw: number[] = [], ch: number[] = [];
for (let k = 0; k < 9; k++) { const t = fns.map((f) => loop(f, 2000)); sw.push(t[1] / t[0]); ch.push(t[3] / t[2]); }
const med = (a: number[]) => a.sort((x, y) => x - y)[4];
console.log(`${med(sw) > 3 ? 'REPRODUCES' : 'GONE'}: switch f_grad ${med(sw).toFixed(2)}x f, if-chain f_grad ${med(ch).toFixed(2)}x f (512 elements)${sink === 0.5 ? '' : ''}`);

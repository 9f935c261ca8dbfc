// The build-time forms, replaced as Node loads this file: node --import tsgrad/register trial26/buildtime.ts
import { grad, hvp, jacobian, jvp } from 'tsgrad';
import { beale, rastrigin } from './src/objectives.js';
import { heapTreeSum } from './src/recursive.js';
import { biquadFilter } from './src/signal.js';
import { tripletLoss } from './src/losses.js';
import { beale_grad, beale_hvp, rastrigin_grad } from './src/objectives.grad.js';
import { heapTreeSum_grad } from './src/recursive.grad.js';
import { biquadFilter_jacobian } from './src/signal.grad.js';
import { tripletLoss_grad } from './src/losses.grad.js';

const results: { name: string; ok: boolean; detail: string }[] = [];
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
const report = (name: string, ok: boolean, detail = '') => results.push({ name, ok, detail });

// grad(f) on a function of numbers: same as the compiled f_grad, and against my own differences
const gb = grad(beale)(1.3, 0.4);
const cb = beale_grad(1.3, 0.4);
const h = 1e-4;
const fdx = (beale(1.3 + h, 0.4) - beale(1.3 - h, 0.4)) / (2 * h);
report('grad(beale)', gb.value === cb.value && close(gb.grad.x, cb.grad.x) && close(gb.grad.y, cb.grad.y) && Math.abs(gb.grad.x - fdx) < 1e-6, `${gb.grad.x} vs fd ${fdx}`);

// grad(f, keys) restricting the keys
const x = Float64Array.of(0.3, -1.2, 0.8, 1.7);
const gr = grad(rastrigin, ['x'])(x);
const cr = rastrigin_grad(x);
report('grad(rastrigin, [x])', Object.keys(gr.grad).join() === 'x' && gr.grad.x.every((v, i) => close(v, cr.grad.x[i])), Object.keys(gr.grad).join());

// a recursive function through the build
const a = Float64Array.of(0.1, -0.4, 0.9, 0.2, -0.7, 0.5);
const gh = grad(heapTreeSum)(a);
const ch = heapTreeSum_grad(a);
report('grad(heapTreeSum)', gh.grad.a.every((v, i) => close(v, ch.grad.a[i])));

// jvp(f): grad · v
const jt = jvp(tripletLoss)(Float64Array.of(0.1, 0.2), Float64Array.of(0.5, -0.3), Float64Array.of(-0.2, 0.4), 3, { anchor: Float64Array.of(1, 0), margin: 1 });
const ct = tripletLoss_grad(Float64Array.of(0.1, 0.2), Float64Array.of(0.5, -0.3), Float64Array.of(-0.2, 0.4), 3);
report('jvp(tripletLoss)', close(jt.tangent, ct.grad.anchor[0] + ct.grad.margin), `${jt.tangent} vs ${ct.grad.anchor[0] + ct.grad.margin}`);

// hvp(f) against the compiled one
const hb = hvp(beale)(1.3, 0.4, { x: 0.6, y: -0.8 });
const hc = beale_hvp(1.3, 0.4, { x: 0.6, y: -0.8 });
report('hvp(beale)', close(hb.hvp.x, hc.hvp.x) && close(hb.hvp.y, hc.hvp.y));

// jacobian(f) of a void function
const sig = Float64Array.of(0.3, -0.1, 0.8, 0.2);
const J = jacobian(biquadFilter)(sig, 0.5, 0.2, 0.1, -0.3, 0.1, new Float64Array(4));
const Jc = biquadFilter_jacobian(sig, 0.5, 0.2, 0.1, -0.3, 0.1, new Float64Array(4));
report('jacobian(biquadFilter)', J.rows === Jc.rows && J.columns === Jc.columns && J.jacobian.every((v, i) => close(v, Jc.jacobian[i])), `${J.rows}x${J.columns}`);

console.log(JSON.stringify(results));

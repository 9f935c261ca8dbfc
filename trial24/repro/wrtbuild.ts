// grad(f, keys) leaving out a parameter that f reassigns (the --wrt bug, through the plugin)
import { grad } from 'tsgrad';
import { f } from './wrt.js';

const r = grad(f, ['a', 'b'])(0.3, 0.8, 0.5);
// f = (q a + b)²: ∂/∂a = 2(q a + b) q, ∂/∂b = 2(q a + b)
const s = 0.3 * 0.8 + 0.5;
console.log(JSON.stringify({ got: r.grad, want: { a: 2 * s * 0.3, b: 2 * s } }));

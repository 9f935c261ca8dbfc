// Build-time API under tsgrad/register: grad / jvp / hvp of src functions, compared bit for bit with the CLI's gen/.
import { grad, hvp, jvp } from 'tsgrad';
import { glicko2Rating } from './src/ratings.js';
import { ljEnergy } from './src/molmech.js';
import { fieldChain } from './src/lang.js';
import * as G1 from './gen/ratings.grad.js';
import * as G2 from './gen/molmech.grad.js';
import * as G3 from './gen/lang.grad.js';

const out = (extra: string, ok: boolean, notes: string[] = []): void => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const same = (a: ArrayLike<number>, b: ArrayLike<number>): boolean => a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

{
  const args = [1520, 120, 0.06, Float64Array.of(1400, 1550, 1700), Float64Array.of(30, 100, 300), Float64Array.of(1, 0, 0.5), 0.5] as const;
  const a = grad(glicko2Rating)(...args);
  const b = G1.glicko2Rating_grad(...args);
  out('grad(glicko2Rating) bit-equal to gen/ratings.grad.ts', Object.is(a.value, b.value) && same(a.grad.oppR, b.grad.oppR) && Object.is(a.grad.rating, b.grad.rating) && Object.is(a.grad.sigma, b.grad.sigma), [`value ${a.value}, ∂/∂rating ${a.grad.rating}`]);
}
{
  const pos = Float64Array.from({ length: 81 }, (_, i) => { const a = Math.floor(i / 3); return 1.1 * [a % 3, Math.floor(a / 3) % 3, Math.floor(a / 9)][i % 3] + 0.05 * Math.sin(i); });
  const t = { pos: Float64Array.from(pos, (_, i) => Math.cos(i)) };
  const a = jvp(ljEnergy)(pos, 1, 0.95, 1.55, 3.3, t);
  const b = G2.ljEnergy_jvp(pos, 1, 0.95, 1.55, 3.3, t);
  out('jvp(ljEnergy) bit-equal to gen/molmech.grad.ts', Object.is(a.value, b.value) && Object.is(a.tangent, b.tangent), [`value ${a.value}, tangent ${a.tangent}`]);
}
{
  const a = hvp(fieldChain)(0.7, { x: 1 });
  const b = G3.fieldChain_hvp(0.7, { x: 1 });
  out('hvp(fieldChain) bit-equal to gen/lang.grad.ts, and = 2 (f = (6 + x) x + 6)', Object.is(a.hvp.x, b.hvp.x) && a.hvp.x === 2, [`hvp ${a.hvp.x}`]);
}

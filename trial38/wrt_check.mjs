// --wrt blackScholes:sigma,S --wrt jcLogLik:bl against the full gradients (node --import tsgrad/register).
import * as full from './gen/options.grad.ts';
import * as part from './wrt/options.grad.ts';
import * as fullP from './gen/phylo.grad.ts';
import * as partP from './wrt/phylo.grad.ts';
const out = (extra, ok, notes = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
{
  const a = full.blackScholes_grad(101, 97, 0.03, 0.22, 0.8, 'put'), b = part.blackScholes_grad(101, 97, 0.03, 0.22, 0.8, 'put');
  const keys = Object.keys(b.grad).sort().join();
  out('--wrt blackScholes:sigma,S: keys S,sigma and the same numbers', keys === 'S,sigma' && a.grad.S === b.grad.S && a.grad.sigma === b.grad.sigma && a.value === b.value, [`keys ${keys}`]);
}
{
  const bl = Float64Array.from({ length: 9 }, (_, i) => 0.05 + 0.03 * i);
  const L = Int32Array.from([0, 2, 5, 7]), R = Int32Array.from([1, 3, 6, 4]);
  const tips = Int32Array.from({ length: 20 }, (_, i) => (i * 7) % 4);
  const a = fullP.jcLogLik_grad(bl, L, R, tips, 5, 1.3), b = partP.jcLogLik_grad(bl, L, R, tips, 5, 1.3);
  const keys = Object.keys(b.grad).join();
  out('--wrt jcLogLik:bl: key bl only, the same numbers', keys === 'bl' && Array.from(a.grad.bl).every((x, i) => x === b.grad.bl[i]), [`keys ${keys}`]);
}

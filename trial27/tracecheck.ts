// `tsgrad trace --format json` (tsgrad's IR interpreter) against the generated f_grad at the same point.
import { spawnSync } from 'node:child_process';
import * as S from './src/shapes.grad.js';
import * as C from './src/control.grad.js';
import * as F from './src/finance.grad.js';
import * as P from './src/physics.grad.js';

type Any = any;
const cases: [string, string, string, string, () => Any][] = [
  ['src/shapes.ts', 'polarMix', 'x=-0.6,y=0.8', 'y', () => S.polarMix_grad(-0.6, 0.8)],
  ['src/control.ts', 'lqrCost', 'K=[0.8,1.1],A=[1,0.1,0,1],B=[0.005,0.1],x0=[1,-0.5],horizon=5,r=0.1', 'K[0]',
    () => C.lqrCost_grad(Float64Array.of(0.8, 1.1), Float64Array.of(1, 0.1, 0, 1), Float64Array.of(0.005, 0.1), Float64Array.of(1, -0.5), 5, 0.1)],
  ['src/finance.ts', 'bondYield', 'price=96.5,coupon=4,face=100,n=6,iters=12', 'price', () => F.bondYield_grad(96.5, 4, 100, 6, 12)],
  ['src/physics.ts', 'pendulumAngle', 'theta0=0.7,omega0=0.1,damping=0.3,length=1.2,steps=20,dt=0.01', 'damping', () => P.pendulumAngle_grad(0.7, 0.1, 0.3, 1.2, 20, 0.01)],
  ['src/shapes.ts', 'sortedWeighted', 'a=0.7,b=-0.2,c=0.3', 'a', () => S.sortedWeighted_grad(0.7, -0.2, 0.3)],
];
for (const [file, fn, at, wrt, ref] of cases) {
  const r = spawnSync(process.execPath, ['../dist/cli/main.js', 'trace', file, fn, '--at', at, '--wrt', wrt, '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  let status = 'ok', detail = '';
  try {
    const t = JSON.parse(r.stdout);
    const g = ref();
    if (t.y.value !== g.value) { status = 'WRONG'; detail = `value ${t.y.value} vs ${g.value}`; }
    for (const [k, v] of Object.entries(t.gradient as Record<string, Any>)) {
      const mine = g.grad[k];
      const a = Array.isArray(v) ? v : [v];
      const b = typeof mine === 'number' ? [mine] : Array.from(mine as Float64Array);
      a.forEach((x: number, i: number) => { if (Math.abs(x - b[i]) > 1e-10 * Math.max(1, Math.abs(x))) { status = 'WRONG'; detail += ` ${k}[${i}] trace ${x} vs f_grad ${b[i]}`; } });
    }
  } catch (e) { status = 'crash'; detail = (r.stderr || String(e)).slice(0, 300); }
  console.log(JSON.stringify({ name: `trace:${fn}`, status, detail }));
}

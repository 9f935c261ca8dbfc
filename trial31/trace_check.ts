// trial31: `tsgrad trace --format json` against the generated f_grad, for a function with a clamp
// (segmentDistance) and a mutual recursion (pingPong, interpreted under `call g:`).
import { spawnSync } from 'node:child_process';
import { segmentDistance_grad } from './src/geometry.grad.js';
import { pingPong_grad } from './src/recur.grad.js';

const report = (extra: string, ok: boolean, notes: string[] = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const trace = (file: string, fn: string, at: string) => {
  const r = spawnSync(process.execPath, ['dist/cli/main.js', 'trace', file, fn, '--at', at, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return JSON.parse(r.stdout) as { y: { value: number }; gradient: Record<string, number> };
};
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

const t1 = trace('trial31/src/geometry.ts', 'segmentDistance', 'px=0.3,py=0.8,ax=-1,ay=0,bx=1,by=0.2,eps=0.01');
const g1 = segmentDistance_grad(0.3, 0.8, -1, 0, 1, 0.2, 0.01);
report('trace segmentDistance (json) vs f_grad', close(t1.y.value, g1.value) && Object.entries(g1.grad).every(([k, v]) => close(t1.gradient[k], v)), [JSON.stringify(t1.gradient)]);
const t2 = trace('trial31/src/recur.ts', 'pingPong', 'x=0.3,a=0.7,n=5');
const g2 = pingPong_grad(0.3, 0.7, 5);
report('trace pingPong (mutual recursion) vs f_grad', close(t2.y.value, g2.value) && close(t2.gradient.x, g2.grad.x) && close(t2.gradient.a, g2.grad.a), [JSON.stringify(t2.gradient)]);

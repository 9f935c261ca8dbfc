// `npm run demo`: tsgrad at a glance on a fresh clone. The gradient of examples/projectile.ts's
// `range` by `grad(range)`, replaced when Node loads this file (node --import tsgrad/register),
// checked against central differences; then the reverse sweep tsgrad generated for it, as
// `npx tsgrad compile examples/projectile.ts` writes it to examples/projectile.grad.ts.
import { readFileSync } from 'node:fs';
import { grad } from 'tsgrad';
import { range } from './projectile.js';

const drange = grad(range);
const at = { speed: 20, angle: 0.7, height: 1.5 };
const { value, grad: g } = drange(at.speed, at.angle, at.height);

const central = (k: keyof typeof at) => {
  const h = 1e-5 * Math.max(1, Math.abs(at[k]));
  const f = (d: number) => {
    const p = { ...at, [k]: at[k] + d };
    return range(p.speed, p.angle, p.height);
  };
  return (f(h) - f(-h)) / (2 * h);
};

console.log(`range(speed = ${at.speed}, angle = ${at.angle}, height = ${at.height}) = ${value.toFixed(6)} m`);
console.log('');
console.log('parameter   gradient (tsgrad)    central difference');
for (const k of ['speed', 'angle', 'height'] as const) {
  console.log(`${k.padEnd(10)}  ${g[k]!.toFixed(10).padStart(17)}  ${central(k).toFixed(10).padStart(20)}`);
}
console.log('');
const generated = readFileSync(new URL('./projectile.grad.ts', import.meta.url), 'utf8').split('\n');
const start = generated.findIndex((l) => l.startsWith('export function range_vjp'));
const end = generated.findIndex((l, i) => i > start && l === '}');
console.log(`The reverse sweep tsgrad generated (examples/projectile.grad.ts, lines ${start + 1}-${end + 1}):`);
console.log('');
console.log(generated.slice(start, end + 1).join('\n'));

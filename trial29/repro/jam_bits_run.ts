// node --import tsgrad/register trial29/repro/jam_bits_run.ts
import { convSq_grad, convSq_hvp } from './jam_bits.grad.ts';
let differ = 0, tried = 0, example = '';
let seed = 7;
const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
for (let t = 0; t < 200; t++) {
  const x = Float64Array.from({ length: 8 }, rnd), k = Float64Array.from({ length: 3 }, rnd);
  const g = convSq_grad(x, k).grad, h = convSq_hvp(x, k, {}).grad;
  tried++;
  const i = g.x.findIndex((v, j) => !Object.is(v, h.x[j]));
  if (i >= 0) {
    differ++;
    if (!example) example = `x[${i}]: f_grad ${g.x[i]}, f_hvp ${h.x[i]}`;
  }
}
console.log(JSON.stringify({ tried, differ, example }));

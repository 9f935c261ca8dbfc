// run.mjs extra: node --import tsgrad/register trial46/hessian_check.mjs. f_hessian of a few functions against f_hvp
// along unit vectors (row j = f_hvp along e_j, README: compared bit for bit) and its symmetry (to rounding); one JSON line per function.
const { specs } = await import('./specs.mjs');
const rng = (a) => () => { a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const PICK = [['pharm', 'hillResponse'], ['brdf', 'cookTorrance'], ['contrast', 'listNet'], ['contrast', 'infoNce'], ['epi', 'finalSizeByAge'], ['curves', 'chaikinPerimeter'], ['game', 'ropeSag']];
for (const [m, f] of PICK) {
  const G = await import(`./gen/${m}.grad.ts`);
  const spec = specs.find((s) => s.f === f);
  const a = spec.args(rng(5));
  const args = Object.values(a);
  const h = G[`${f}_hessian`](...args);
  // the inputs in order: every number and every element of every numeric array, as grad's keys give them
  const keys = Object.keys(h.grad);
  const coords = keys.flatMap((k) => (typeof h.grad[k] === 'number' ? [[k, -1]] : Array.from(h.grad[k], (_, i) => [k, i])));
  const n = coords.length;
  let worst = 0, asym = 0, bits = 0;
  for (let j = 0; j < n; j++) {
    const v = Object.fromEntries(keys.map((k) => [k, typeof h.grad[k] === 'number' ? 0 : new Float64Array(h.grad[k].length)]));
    const [k, i] = coords[j];
    if (i < 0) v[k] = 1; else v[k][i] = 1;
    const hv = G[`${f}_hvp`](...args, v).hvp;
    for (let r = 0; r < n; r++) {
      const [kr, ir] = coords[r];
      const want = ir < 0 ? hv[kr] : hv[kr][ir];
      const got = h.hessian[j * n + r]; // row j is f_hvp along the j-th unit vector (README)
      if (Object.is(want, got)) bits++;
      worst = Math.max(worst, Math.abs(got - want) / Math.max(1, Math.abs(want)));
      asym = Math.max(asym, Math.abs(got - h.hessian[r * n + j]) / Math.max(1, Math.abs(got)));
    }
  }
  console.log(JSON.stringify({ f: `${m}.${f}`, n, worst, asym, bitEqual: `${bits}/${n * n}` }));
}

// run.mjs extra: node --import tsgrad/register trial46/ckpt_compare.mjs. Prints one line per function, "bit-equal" or "DIFFERS".
// @checkpoint snapshots=2 copies against the plain loops at long runs (many blocks: recomputation from snapshots)
const { specs } = await import('./specs.mjs');
const rng = (a) => () => { a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const CK = { lbmShearEnergy: ['fluid', 'ckpt_fluid', 'steps', 200], vortexPairDrift: ['fluid', 'ckpt_fluid', 'steps', 500], channelFlowRate: ['fluid', 'ckpt_fluid', 'sweeps', 5000], ropeSag: ['game', 'ckpt_game', 'frames', 700], boxDropEnergy: ['game', 'ckpt_game', 'steps', 3000], effectCompartmentAuc: ['pharm', 'ckpt_pharm', 'hours', 600] };
for (const [f, [m, c, key, big]] of Object.entries(CK)) {
  const A = await import(`./gen/${m}.grad.ts`), B = await import(`./probes/${c}.grad.ts`);
  const spec = specs.find((s) => s.f === f);
  const res = [];
  for (let p = 0; p < 2; p++) {
    const o = spec.args(rng(100 + p)); o[key] = big;
    const args = Object.values(o);
    const a = A[`${f}_grad`](...args), b = B[`${f}_grad`](...args);
    let worst = 0, bits = Object.is(a.value, b.value);
    for (const k of Object.keys(a.grad)) {
      const x = a.grad[k], y = b.grad[k];
      const xs = typeof x === 'number' ? [x] : Array.from(x), ys = typeof y === 'number' ? [y] : Array.from(y);
      xs.forEach((v, i) => { if (!Object.is(v, ys[i])) bits = false; worst = Math.max(worst, Math.abs(v - ys[i]) / Math.max(1e-300, Math.abs(v))); });
    }
    res.push(bits ? 'bit-equal' : `DIFFERS (worst rel ${worst.toExponential(1)})`);
  }
  console.log(f.padEnd(22), `${key}=${big}`, res.join(', '));
}

// run.mjs extra (see the comment below for what it checks).
// run.mjs extra: node --import tsgrad/register trial46/throws_check.mjs. Each form's result on a good input, computed
// first in a clean state, then again after the same form threw part-way on a bad input (caught here): must be the same bits.
const G = await import('./probes/throws.grad.ts');
const enc = (r) => JSON.stringify(r, (k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
const cases = [
  ['recursiveMayThrow', [0.3, 50], [0.9, 5], { x: 1, limit: 0 }],
  ['checkpointMayThrow', [0.5, 1, 400], [0.5, 1, 3000], { x0: 1, k: 0.5 }],
];
for (const [f, good, bad, dir] of cases) {
  const forms = {
    grad: (a) => G[`${f}_grad`](...a),
    vjp: (a) => { const adj = Object.fromEntries(Object.keys(dir).map((k) => [k, 0])); const value = G[`${f}_vjp`](...a, adj, 1); return { value, adj }; },
    jvp: (a) => G[`${f}_jvp`](...a, dir),
    hvp: (a) => G[`${f}_hvp`](...a, dir),
  };
  for (const [name, form] of Object.entries(forms)) {
    if (!G[`${f}_${name}`]) { console.log(JSON.stringify({ f, form: name, status: 'absent' })); continue; }
    const before = enc(form(good));
    let threw = false;
    for (let rep = 0; rep < 3; rep++) { try { form(bad); } catch { threw = true; } }
    const after = enc(form(good));
    console.log(JSON.stringify({ f, form: name, threw, same: before === after, before: before.slice(0, 120), after: after.slice(0, 120) }));
  }
}

// quick probe checker: node --import tsgrad/register pcheck.mjs module.ts '{"fn":[[args...],...]}'
const [, , mod, table] = process.argv;
const M = await import(mod);
const G = await import(mod.replace(/\.ts$/, '.grad.ts'));
const pts = JSON.parse(table);
for (const [fn, list] of Object.entries(pts)) {
  for (let a of list) {
    // [args, nMoved]: only the first nMoved arguments are moved (the rest are integers or modes)
    let nMoved = Infinity;
    if (Array.isArray(a[0])) { nMoved = a[1]; a = a[0]; }
    const f = M[fn];
    if (!G[fn + '_grad']) { console.log(fn, 'NO GRAD'); continue; }
    const y = f(...a);
    let g, jv, hv, err = '';
    try { g = G[fn + '_grad'](...a); } catch (e) { console.log(fn, a, 'grad threw', e.message); continue; }
    const keys = Object.keys(g.grad).slice(0, nMoved);
    const names = keys;
    const fd = names.map((k, j) => {
      const idx = j; const D = (h) => { const p = a.slice(), m = a.slice(); p[idx] += h; m[idx] -= h; return (f(...p) - f(...m)) / (2 * h); };
      const h = 1e-5 * Math.max(1, Math.abs(a[idx])); return (4 * D(h / 2) - D(h)) / 3;
    });
    const gv = keys.map((k) => g.grad[k]);
    const bad = gv.some((x, j) => !(Math.abs(x - fd[j]) <= 1e-5 * Math.max(1, Math.abs(fd[j]))));
    const v = Object.fromEntries(keys.map((k, j) => [k, j + 1]));
    try { jv = G[fn + '_jvp'](...a, v); } catch (e) { err += ' jvp threw ' + e.message; }
    const dot = gv.reduce((s, x, j) => s + x * (j + 1), 0);
    const jbad = jv && !(Math.abs(jv.tangent - dot) <= 1e-8 * Math.max(1, Math.abs(dot)));
    try { hv = G[fn + '_hvp']?.(...a, v); } catch (e) { err += ' hvp threw ' + e.message; }
    const hgrad = hv && keys.some((k) => !Object.is(hv.grad[k], g.grad[k]));
    // hvp vs differences of grad
    let hbad = false;
    if (hv) {
      const gAt = (s) => { const b = a.slice(); keys.forEach((k, j) => (b[j] += s * (j + 1))); return G[fn + '_grad'](...b).grad; };
      const h = 1e-5; const P = gAt(h), Mi = gAt(-h);
      hbad = keys.some((k) => { const d = (P[k] - Mi[k]) / (2 * h); return !(Math.abs(hv.hvp[k] - d) <= 1e-4 * Math.max(1, Math.abs(d))); });
    }
    const st = (Object.is(g.value, y) ? '' : ` VALUE ${g.value} vs ${y}`) + (bad ? ` GRAD ${gv} vs fd ${fd}` : '') + (jbad ? ` JVP ${jv.tangent} vs ${dot}` : '') + (hgrad ? ' HVPGRAD' : '') + (hbad ? ' HVP' : '') + err;
    console.log((st ? 'BAD ' : 'ok  ') + fn + JSON.stringify(a) + st);
  }
}

// node --import tsgrad/register trial47/emit_compare.mjs: each class/order probe and src/lang.ts case at 3 points:
// the value of tsc's own ES2022 emit (compiled by run.mjs into /tmp/trial47/js), of the module as the loader runs it,
// and of f_grad, compared bit for bit. One JSON line per case: {f, same, js, loader, grad}.
const root = new URL('.', import.meta.url).pathname;
const sets = [['./probes/specs.mjs', (sp) => `probes/${sp.m}`], ['./specs.mjs', (sp) => `src/${sp.m}`]];
for (const [specFile, where] of sets) {
  const { specs } = await import(specFile);
  for (const sp of specs) {
    if (!sp.dir && sp.m !== 'lang') continue;
    const js = await import(`/tmp/trial47/js/${where(sp)}.js`);
    const ts = await import(`${root}${where(sp)}.ts`);
    const G = await import(`${root}${sp.dir ? `probes/${sp.m}` : `gen/${sp.m}`}.grad.ts`);
    for (let p = 0; p < 3; p++) {
      let s = 11 + p; const r = () => ((s = (s * 16807) % 2147483647) / 2147483647);
      const a = Object.values(sp.args(r));
      const vj = js[sp.f](...a), vt = ts[sp.f](...a), vg = G[`${sp.f}_grad`](...a).value;
      console.log(JSON.stringify({ f: `${sp.m}.${sp.f}`, p, same: Object.is(vj, vt) && Object.is(vj, vg), js: vj, loader: vt, grad: vg }));
    }
  }
}

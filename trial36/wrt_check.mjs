// --wrt: the restricted gradients (wrt/nlp.grad.ts) have only the keys asked for, equal to the full ones (gen/).
import * as W from './wrt/nlp.grad.js';
import * as G from './gen/nlp.grad.js';
const out = (extra, ok, notes = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const eq = (a, b) => a.length === b.length && Array.from(a).every((x, i) => Math.abs(x - b[i]) <= 1e-15 * Math.max(1, Math.abs(x)));
const em = Float64Array.from({ length: 12 }, (_, i) => Math.sin(3 * i + 1));
const tr = Float64Array.from({ length: 9 }, (_, i) => Math.cos(i) / 3);
const tags = Int32Array.of(2, 0, 1, 2);
{
  const w = W.crfNll_grad(em, tr, 3, tags), g = G.crfNll_grad(em, tr, 3, tags);
  out('--wrt crfNll:trans', Object.keys(w.grad).join() === 'trans' && w.value === g.value && eq(w.grad.trans, g.grad.trans), [`keys ${Object.keys(w.grad)}`]);
  const adj = { trans: new Float64Array(9) };
  W.crfNll_vjp(em, tr, 3, tags, adj, 2);
  out('--wrt crfNll:trans vjp (seed 2)', eq(adj.trans, g.grad.trans.map((x) => 2 * x)));
}
{
  const emb = Float64Array.from({ length: 18 }, (_, i) => Math.sin(i)), ctx = Float64Array.from({ length: 18 }, (_, i) => Math.cos(i * 1.3));
  const neg = Int32Array.of(3, 2, 5);
  const w = W.skipGramLoss_grad(emb, ctx, 3, 1, 2, neg), g = G.skipGramLoss_grad(emb, ctx, 3, 1, 2, neg);
  out('--wrt skipGramLoss:emb', Object.keys(w.grad).join() === 'emb' && w.value === g.value && eq(w.grad.emb, g.grad.emb), [`keys ${Object.keys(w.grad)}`]);
}

// Summarises JSON lines from perf25b/ab.sh (stdin): per tree and case, grad/f and vjp/f over processes.
import { readFileSync } from 'node:fs';
const rows = readFileSync(0, 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
const groups = new Map();
for (const r of rows) {
  const k = `${r.case} ${r.tree}`;
  if (!groups.has(k)) groups.set(k, []);
  groups.get(k).push(r);
}
const med = (a) => { const s = [...a].sort((x, y) => x - y); return s[s.length >> 1]; };
const f = (x) => x.toFixed(1);
for (const [k, rs] of [...groups].sort()) {
  const g = rs.map((r) => r.g / r.f), v = rs.map((r) => r.v / r.f);
  const over = (a, t) => a.filter((x) => x > t).length;
  console.log(`${k.padEnd(40)} n=${rs.length} grad/f min ${f(Math.min(...g))} med ${f(med(g))} max ${f(Math.max(...g))} (>10x: ${over(g, 10)}) | vjp/f min ${f(Math.min(...v))} med ${f(med(v))} max ${f(Math.max(...v))} (>10x: ${over(v, 10)})`);
  console.log(`${''.padEnd(40)} vjp/f: ${v.map(f).join(' ')}`);
}

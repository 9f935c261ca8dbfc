// The spread of f_grad/f and f_vjp/f over fresh processes (issue 13: a vjp that runs 4x the
// function in one process and 20-54x in the next identical one).
//   node perf25b/spread.mjs [--runs 10] [--order fgv] [case ...]
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const { values: o, positionals } = parseArgs({ options: { runs: { type: 'string', default: '10' }, order: { type: 'string', default: 'fgv' }, flags: { type: 'string', default: '' } }, allowPositionals: true });
const cases = positionals.length ? positionals : ['clothVerlet', 'heatExplicit', 'waveEnergy', 'elmanRebind'];
spawnSync(process.execPath, ['dist/cli/main.js', 'compile', 'perf25b/cases.ts', '--quiet'], { cwd: join(here, '..') });
const fmt = (xs) => xs.map((x) => x.toFixed(1)).join(' ');
for (const c of cases) {
  const g = [], v = [], f = [];
  for (let i = 0; i < Number(o.runs); i++) {
    const r = spawnSync(process.execPath, [...o.flags.split(' ').filter(Boolean), '--import', 'tsgrad/register', join(here, 'time.mjs'), c, o.order], { encoding: 'utf8', cwd: join(here, '..') });
    if (r.status !== 0) { console.log(c, 'failed', r.stderr.slice(0, 400)); break; }
    const j = JSON.parse(r.stdout.trim().split('\n').pop());
    f.push(j.f); g.push(j.g / j.f); v.push(j.v / j.f);
  }
  const sorted = (a) => [...a].sort((x, y) => x - y);
  const med = (a) => sorted(a)[a.length >> 1];
  console.log(`${c.padEnd(13)} f ${med(f).toFixed(0)} ns | grad/f min ${Math.min(...g).toFixed(2)} med ${med(g).toFixed(2)} max ${Math.max(...g).toFixed(2)} | vjp/f min ${Math.min(...v).toFixed(2)} med ${med(v).toFixed(2)} max ${Math.max(...v).toFixed(2)}`);
  console.log(`${''.padEnd(13)} grad/f: ${fmt(g)}\n${''.padEnd(13)} vjp/f:  ${fmt(v)}`);
}

// node --import tsgrad/register trial31/repro/refusals_run.ts: compiles each refuse_*.ts and reports its diagnostic.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
for (const f of readdirSync(here).filter((f) => /^refuse_.*\.ts$/.test(f) && !f.endsWith('.grad.ts'))) {
  const r = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'compile', relative(root, join(here, f))], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const out = (r.stdout ?? '') + (r.stderr ?? '');
  const diag = out.split('\n').filter((l) => / - error TSG|hint:/.test(l)).map((l) => l.trim());
  console.log(JSON.stringify({ repro: f.replace(/\.ts$/, ''), status: diag.length ? 'refused' : 'ok', notes: diag }));
}

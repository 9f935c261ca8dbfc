// node --import tsgrad/register trial32/repro/refusals_run.ts -> one JSON line per repro of a refusal
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const compile = (file: string) => {
  const r = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'compile', join(here, file), '--out-dir', '/tmp/trial32/repro-out'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return (r.stdout + r.stderr).split('\n').filter((l) => / - (error|info) TSG/.test(l)).map((l) => l.replace(/^.*?repro\//, ''));
};
const d = compile('refuse_return_typed_array.ts');
const refusedOf = d.some((l) => /:8:10 - error TSG2002/.test(l)), refusedFrom = d.some((l) => /:11:10 - error TSG1008/.test(l));
const constOk = !d.some((l) => /retConst/.test(l));
console.log(JSON.stringify({ repro: 'refuse_return_typed_array', status: refusedOf || refusedFrom ? 'refused' : 'ok',
  notes: [`return Float64Array.of(...) refused: ${refusedOf}; return Float64Array.from([...]) refused: ${refusedFrom}; const-then-return compiles: ${constOk}`, ...d.slice(0, 2)] }));

const d2 = compile('refuse_recursive_array_return.ts');
const rec = d2.some((l) => /:16:13 - error TSG2002: 'matPow' returns an array/.test(l));
console.log(JSON.stringify({ repro: 'refuse_recursive_array_return', status: rec ? 'refused' : d2.length ? 'changed' : 'ok', notes: d2.slice(0, 2) }));

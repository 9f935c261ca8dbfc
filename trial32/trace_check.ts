// trial32: `tsgrad trace --format json` (the IR interpreter) against the CLI's f_grad at the same point.
// node --import tsgrad/register trial32/trace_check.ts -> one JSON line per case
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as heat from './src/heat.grad.ts';
import * as orbit from './src/orbit.grad.ts';
import * as tree from './src/tree.grad.ts';
import * as hydro from './src/hydro.grad.ts';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '../dist/cli/main.js');
const cases: [string, string, string, () => { value: number; grad: Record<string, number | Float64Array> }][] = [
  ['heat.ts', 'finHeat', 'h=25,k=200,thick=0.003,length=0.05,dT=50,width=1', () => heat.finHeat_grad(25, 200, 0.003, 0.05, 50, 1)],
  ['orbit.ts', 'keplerE', 'M=1.2,e=0.3,tol=1e-14', () => orbit.keplerE_grad(1.2, 0.3, 1e-14)],
  ['orbit.ts', 'hohmannDv', 'r1=7000,r2=42164,mu=398600.4418', () => orbit.hohmannDv_grad(7000, 42164, 398600.4418)],
  ['tree.ts', 'treeResistance', 'r=[1,2,3,4,5,6,7],kind=[2,1,2,0,0,0,0]', () => tree.treeResistance_grad(Float64Array.of(1, 2, 3, 4, 5, 6, 7), Int32Array.of(2, 1, 2, 0, 0, 0, 0))],
  ['hydro.ts', 'greenAmpt', 'Ks=1,psi=10,dTheta=0.3,t=2', () => hydro.greenAmpt_grad(1, 10, 0.3, 2)],
];
for (const [file, fn, at, ref] of cases) {
  const r = spawnSync(process.execPath, [cli, 'trace', join(here, 'src', file), fn, '--at', at, '--format', 'json'], { encoding: 'utf8' });
  let status = 'ok';
  const notes: string[] = [];
  try {
    const j = JSON.parse(r.stdout);
    const g = ref();
    for (const inp of j.inputs as { name: string; adjoint: number }[]) {
      const m = /^(\w+)(?:\[(\d+)\])?$/.exec(inp.name)!;
      const v = g.grad[m[1]];
      const want = m[2] === undefined ? (v as number) : (v as Float64Array)[+m[2]];
      if (want === undefined) continue;
      if (Math.abs(want - inp.adjoint) > 1e-9 * Math.max(1, Math.abs(want))) { status = 'WRONG'; notes.push(`${inp.name}: trace ${inp.adjoint}, f_grad ${want}`); }
    }
    notes.push(`${j.inputs.length} inputs compared`);
  } catch (e) {
    status = 'crash';
    notes.push(String(e).slice(0, 100), (r.stdout + r.stderr).slice(0, 300));
  }
  console.log(JSON.stringify({ extra: `tsgrad trace ${fn} vs f_grad`, status, notes }));
}

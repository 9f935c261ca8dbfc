#!/usr/bin/env node
/**
 * A/B of checkpointed loops (issue 14): the code two builds of tsgrad generate, with the
 * runtime each build has, imported side by side and timed interleaved in one process
 * (lib/timing.js). Cases: the logistic map of fixtures/checkpoint/blocks (a body of a few
 * flops: 30 and 1e4 steps, @checkpoint and without); the heat-diffusion loop of fixtures/checkpoint/heat_diffusion (200
 * steps, n = 6), with @checkpoint (the default 32 snapshots, and `--tape-budget 64MiB`) and
 * without; RK4 Lotka–Volterra (bench/cases/rk4_checkpoint.ts, rk4.ts) at 1000 and 1e5 steps,
 * and 1e6 with @checkpoint.
 *
 *   cp -r dist /tmp/dist-before      # (at the commit to compare against, after npm run build)
 *   node --expose-gc bench/ab-checkpoint.js /tmp/dist-before dist [--rounds 15] [--filter heat]
 *
 * Prints per case the primal and each build's f_grad (time, and its ratio to the primal, medians
 * over rounds) and B/A, the median over rounds of B's time over A's; checks first that both
 * builds give the same value and gradient, bit for bit.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';
import { root } from './lib/build.js';
import { fixArgs, measure } from './lib/timing.js';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '15' }, filter: { type: 'string', default: '' } },
});
if (positionals.length !== 2) {
  process.stderr.write('usage: node --expose-gc bench/ab-checkpoint.js <dist A> <dist B> [--rounds N] [--filter text]\n');
  process.exit(2);
}
const rounds = Number(opts.rounds);
const work = mkdtempSync(join(tmpdir(), 'tsgrad-ab-'));
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
writeFileSync(join(work, 'package.json'), '{ "type": "module" }');
const heat = readFileSync(join(root, 'fixtures/checkpoint/heat_diffusion/input.ts'), 'utf8');
const blocks = readFileSync(join(root, 'fixtures/checkpoint/blocks/input.ts'), 'utf8');
const sources = {
  logistic: [blocks, {}],
  logisticPlain: [blocks.replace(/\/\/ @checkpoint|\/\*\* @checkpoint[^*]*\*\//g, ''), {}],
  heat: [heat, {}],
  heatBudget: [heat, { tapeBudget: 64 * 2 ** 20 }],
  heatPlain: [heat.replace('/** @checkpoint */', ''), {}],
  rk4c: [readFileSync(join(root, 'bench/cases/rk4_checkpoint.ts'), 'utf8'), {}],
  rk4: [readFileSync(join(root, 'bench/cases/rk4.ts'), 'utf8'), {}],
};

/** Compiles every source with the build in `dist`, its runtime linked, into work/<tag>/. */
async function load(dist, tag) {
  const { compile } = await import(pathToFileURL(join(resolve(dist), 'compiler', 'index.js')).href);
  const runtime = pathToFileURL(join(resolve(dist), 'runtime', 'index.js')).href;
  const dir = join(work, tag);
  mkdirSync(dir);
  const js = (code) => ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } })
    .outputText.replace(/(['"])tsgrad\/runtime\1/g, `'${runtime}'`);
  const mods = {};
  for (const [name, [code, options]] of Object.entries(sources)) {
    writeFileSync(join(dir, `${name}.ts`), code);
    const out = compile(join(dir, `${name}.ts`), options);
    if (!out.code) throw new Error(`${tag} ${name}: ${out.diagnostics.map((d) => d.message).join('; ')}`);
    writeFileSync(join(dir, `${name}.js`), js(code));
    writeFileSync(join(dir, `${name}.grad.js`), js(out.code));
    mods[name] = { src: await import(pathToFileURL(join(dir, `${name}.js`)).href), gen: await import(pathToFileURL(join(dir, `${name}.grad.js`)).href) };
  }
  return mods;
}

const A = await load(positionals[0], 'A');
const B = await load(positionals[1], 'B');
const u0 = new Float64Array([0.3, 1.2, -0.4, 0.8, 0.1, -0.9]);
const lv = (steps, dt) => [new Float64Array([1.1, 0.4, 0.1, 0.4]), new Float64Array([10, 5]), new Float64Array([4, 8]), dt, steps];
const cases = [
  ['logistic map 30 steps, @checkpoint', 'logistic', 'logisticMap', [0.4, 3.0, 30]],
  ['logistic map 30 steps, plain loop', 'logisticPlain', 'logisticMap', [0.4, 3.0, 30]],
  ['logistic map 1e4 steps, @checkpoint', 'logistic', 'logisticMap', [0.4, 3.0, 1e4]],
  ['logistic map 1e4 steps, plain loop', 'logisticPlain', 'logisticMap', [0.4, 3.0, 1e4]],
  ['heat n=6 200 steps, @checkpoint', 'heat', 'heatDiffusion', [u0, 0.2]],
  ['heat, @checkpoint, --tape-budget 64MiB', 'heatBudget', 'heatDiffusion', [u0, 0.2]],
  ['heat, plain loop', 'heatPlain', 'heatDiffusion', [u0, 0.2]],
  ['RK4 1000 steps, @checkpoint', 'rk4c', 'rk4Loss', lv(1000, 0.01)],
  ['RK4 1000 steps, plain loop', 'rk4', 'rk4Loss', lv(1000, 0.01)],
  ['RK4 1e5 steps, @checkpoint', 'rk4c', 'rk4Loss', lv(1e5, 1e-4)],
  ['RK4 1e5 steps, plain loop', 'rk4', 'rk4Loss', lv(1e5, 1e-4)],
  ['RK4 1e6 steps, @checkpoint', 'rk4c', 'rk4Loss', lv(1e6, 1e-5)],
].filter(([title]) => title.includes(opts.filter));

const same = (x, y) => x.value === y.value && Object.keys(x.grad).every((k) => (typeof x.grad[k] === 'number'
  ? Object.is(x.grad[k], y.grad[k]) : x.grad[k].every((g, i) => Object.is(g, y.grad[k][i]))));
const fmt = (ms) => (ms < 1e-3 ? `${(ms * 1e6).toFixed(0)} ns` : ms < 1 ? `${(ms * 1e3).toFixed(2)} µs` : `${ms.toFixed(2)} ms`);
const medianOf = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
process.stdout.write(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; ${rounds} rounds\n`);
for (const [title, mod, fn, args] of cases) {
  if (!same(A[mod].gen[`${fn}_grad`](...args), B[mod].gen[`${fn}_grad`](...args))) throw new Error(`${title}: A and B differ`);
  const grad = (m) => { const f = fixArgs(m[mod].gen[`${fn}_grad`], args); return () => f().value; };
  const m = measure({ primal: fixArgs(A[mod].src[fn], args), A: grad(A), B: grad(B) }, { rounds, batchMs: 30 });
  const ratio = (n) => medianOf(m[n].samples.map((x, i) => x / m.primal.samples[i]));
  const ba = medianOf(m.B.samples.map((x, i) => x / m.A.samples[i]));
  process.stdout.write(`${title.padEnd(40)} primal ${fmt(m.primal.ms).padStart(9)}   A ${fmt(m.A.ms).padStart(9)} (${ratio('A').toFixed(2)}x)   B ${fmt(m.B.ms).padStart(9)} (${ratio('B').toFixed(2)}x)   B/A ${ba.toFixed(2)}\n`);
}
process.stdout.write(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
rmSync(work, { recursive: true, force: true });

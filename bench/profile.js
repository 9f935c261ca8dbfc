#!/usr/bin/env node
/**
 * Where a case's gradient spends its time: runs one variant of one bench case in a loop under
 * V8's sampling profiler (node:inspector, the same profiler as `node --cpu-prof`) and prints
 * the functions and the source lines with the most self time, lines quoted from the
 * JavaScript that ran (the transpiled generated module).
 *
 *   node bench/profile.js <case id> [--variant vjp|grad|primal|hand] [--seconds 3] [--top 25]
 *                                    [--save <file.cpuprofile>]
 *
 * It runs two profiled processes. The first runs the code as the bench does; there V8 inlines
 * small callees (tape.push, helper vjps) into the generated function, and the profiler then
 * charges their time to the caller and reports line numbers of the inlined callee against the
 * caller's file, so only its by-function table is trustworthy. The second adds
 * --no-turbo-inlining: every function keeps its own samples and its own lines (at the price
 * of call overhead, shown by its time per call). Both run with --no-use-osr: a long loop's
 * on-stack-replaced code is otherwise charged to the bench's calling closure (seen on GMM),
 * and the bench's own wrappers are kept out of the optimizing compiler
 * (%NeverOptimizeFunction), so generated code is never inlined into them.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { cases } from './cases.js';
import { build, root } from './lib/build.js';
import { rng, zeroer, zerosLike } from './lib/check.js';
import { cycleArgs, pointsOf, readAll } from './lib/calls.js';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    variant: { type: 'string', default: 'vjp' },
    seconds: { type: 'string', default: '3' },
    top: { type: 'string', default: '25' },
    save: { type: 'string' },
    child: { type: 'string' },
  },
});

if (opts.child === undefined) {
  const passes = [
    ['inlining on, as benchmarked: trust the functions table only', ['--no-use-osr']],
    ['--no-turbo-inlining: functions and lines attributed exactly', ['--no-use-osr', '--no-turbo-inlining']],
  ];
  for (const [title, flags] of passes) {
    process.stdout.write(`\n=== ${title}\n`);
    const argv = process.argv.slice(2);
    const p = spawnSync(process.execPath, ['--allow-natives-syntax', ...flags, fileURLToPath(import.meta.url), ...argv, `--child=${flags.join(' ')}`], { stdio: 'inherit' });
    if (p.status !== 0) process.exit(p.status ?? 1);
  }
  process.exit(0);
}
const neverOptimize = new Function('f', '%NeverOptimizeFunction(f); return f;');
const c = cases.find((x) => x.id === positionals[0]);
if (!c) {
  process.stderr.write(`usage: node bench/profile.js <case> [--variant vjp|grad|primal|hand]\ncases: ${cases.map((x) => x.id).join(', ')}\n`);
  process.exit(2);
}

const built = await build([resolve(root, c.source)], c.hand ? [resolve(root, c.hand.source)] : []);
const src = await import(built.urlOf(c.source));
const gen = await import(built.urlOf(c.source.replace(/\.ts$/, '.grad.ts')));
const args = c.make(rng(1));
const r = gen[`${c.fn}_grad`](...args);
const adj = zerosLike(r.grad);
const zero = zeroer(adj);
// called as bench/run.js calls them: on its cycle of points, the whole result read
const points = pointsOf(c, args, rng);
const vjp = cycleArgs(gen[`${c.fn}_vjp`], points.map((p) => [...p, adj]));
const grad = cycleArgs(gen[`${c.fn}_grad`], points);
const readGrad = readAll(r);
const variants = {
  primal: cycleArgs(src[c.fn], points),
  grad: () => readGrad(grad()),
  vjp: () => {
    zero();
    return vjp();
  },
};
if (c.hand) {
  const h = await import(built.urlOf(c.hand.source));
  const handCall = cycleArgs(h[c.hand.fn], points.map((p) => c.hand.args(p, adj)));
  handCall();
  neverOptimize(handCall);
  variants.hand = () => {
    zero();
    return handCall();
  };
}
// compiled first (a call each): V8 drops the flag of a function not compiled yet
for (const f of [vjp, grad, variants.primal, ...Object.values(variants)]) {
  f();
  neverOptimize(f);
}
const fn = variants[opts.variant];

// warm up unprofiled, then profile a loop of calls
const warmStart = performance.now();
const warmUntil = warmStart + 500;
let warmCalls = 0;
while (performance.now() < warmUntil) {
  fn();
  warmCalls++;
}
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
// (in batches: a clock read per call was a fifth of the samples of a 20 ns function)
const per = Math.max(1, Math.min(1000, Math.round(1 / Math.max(1e-6, (performance.now() - warmStart) / warmCalls))));
let calls = 0;
const until = performance.now() + Number(opts.seconds) * 1000;
while (performance.now() < until) {
  for (let i = 0; i < per; i++) fn();
  calls += per;
}
const { profile } = await session.post('Profiler.stop');
session.disconnect();
if (opts.save) writeFileSync(opts.save, JSON.stringify(profile));

// self time per node, by function and by line (positionTicks)
const dt = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const total = [...dt.values()].reduce((a, b) => a + b, 0);
const byFunction = new Map();
const byLine = new Map();
const sourceCache = new Map();
const lineText = (url, line) => {
  if (!url.startsWith('file:')) return '';
  if (!sourceCache.has(url)) {
    try {
      sourceCache.set(url, readFileSync(fileURLToPath(url), 'utf8').split('\n'));
    } catch {
      sourceCache.set(url, []);
    }
  }
  return (sourceCache.get(url)[line - 1] ?? '').trim();
};
const shortUrl = (url) => url.replace(/^file:\/\/.*?\/tsgrad-bench-[^/]+\//, '').replace(/^file:\/\/.*\/dist\//, 'dist/');
for (const node of profile.nodes) {
  const us = dt.get(node.id) ?? 0;
  if (us === 0) continue;
  const { functionName, url } = node.callFrame;
  const key = `${functionName || '(anonymous)'} ${shortUrl(url)}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  const ticks = node.positionTicks ?? [];
  const tickSum = ticks.reduce((a, t) => a + t.ticks, 0);
  for (const t of ticks) {
    const k = `${shortUrl(url)}:${t.line}`;
    const entry = byLine.get(k) ?? { us: 0, fn: functionName, text: lineText(url, t.line) };
    entry.us += (us * t.ticks) / tickSum;
    byLine.set(k, entry);
  }
}
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
const top = Number(opts.top);
process.stdout.write(`${c.title}, ${opts.variant}: ${calls} calls in ${opts.seconds} s (${((Number(opts.seconds) * 1e3) / calls).toFixed(3)} ms per call, profiler on)\n`);
process.stdout.write('\nself time by function:\n');
for (const [k, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`  ${pct(us)}  ${k}\n`);
process.stdout.write('\nself time by line:\n');
for (const [k, e] of [...byLine].sort((a, b) => b[1].us - a[1].us).slice(0, top)) {
  process.stdout.write(`  ${pct(e.us)}  ${k.padEnd(44)} ${(e.fn || '').padEnd(22)} ${e.text}\n`);
}
rmSync(built.outDir, { recursive: true, force: true });

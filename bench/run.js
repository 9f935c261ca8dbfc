#!/usr/bin/env node
/**
 * tsgrad's benchmark suite (`npm run bench`): per case, the primal, f_grad, f_vjp, f_jvp (forward
 * mode, along one random direction), f_hvp (second order, along one direction; with its ratio to
 * f_grad, aim ≤ 4x) and (where there is one) a hand-written adjoint, each called the same way on
 * inputs that vary per call as a user's do (lib/calls.js), timed by interleaved batches in this one process;
 * medians, ratios to the primal, tape bytes per call; then a cold `tsgrad compile` of the GMM
 * module. Every case is checked (finite differences, hand adjoint against tsgrad) before it
 * is timed. Writes bench/results.json and bench/results.md.
 *
 *   node bench/run.js [--filter <id substring>] [--rounds N] [--batch-ms MS] [--no-write]
 *                     [--no-compile-time]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cases } from './cases.js';
import { build, root } from './lib/build.js';
import { finiteDifferenceCheck, gradientDifference, rng, snapshotUse, tapeUse, zeroer, zerosLike } from './lib/check.js';
import { distFreshness, formatBytes, machine, toMarkdown, toTable } from './lib/report.js';
import { cycleArgs, pointsOf, readAll } from './lib/calls.js';
import { median, measure } from './lib/timing.js';

const { values: opts } = parseArgs({
  options: {
    filter: { type: 'string' },
    rounds: { type: 'string', default: '21' },
    'batch-ms': { type: 'string', default: '30' },
    'no-write': { type: 'boolean', default: false },
    'no-compile-time': { type: 'boolean', default: false },
  },
});
const timing = { rounds: Number(opts.rounds), batchMs: Number(opts['batch-ms']) };

const log = (s) => process.stdout.write(s + '\n');
let loadStart;

async function runCase(c, built) {
  const row = { id: c.id, title: c.title, style: c.style, target: c.target, failures: [] };
  const source = resolve(root, c.source);
  const diagnostics = built.diagnostics.get(source) ?? [{ message: 'not compiled' }];
  if (diagnostics.length > 0) {
    row.failures.push(...diagnostics.map((d) => `compile: ${d.code ?? ''} ${d.line ?? ''}:${d.column ?? ''} ${d.message}`));
    return row;
  }
  const src = await import(built.urlOf(c.source));
  const gen = await import(built.urlOf(c.source.replace(/\.ts$/, '.grad.ts')));
  const f = src[c.fn];
  const fGrad = gen[`${c.fn}_grad`];
  const fVjp = gen[`${c.fn}_vjp`];
  const args = c.make(rng(1));

  // correctness first
  const value = f(...args);
  const r = fGrad(...args);
  if (!Object.is(r.value, value)) row.failures.push(`f_grad value ${r.value} differs from the primal's ${value}`);
  const adj = zerosLike(r.grad);
  const zero = zeroer(adj);
  const vjpValue = fVjp(...args, adj);
  if (!Object.is(vjpValue, value)) row.failures.push(`f_vjp value ${vjpValue} differs from the primal's ${value}`);
  const vjpVsGrad = gradientDifference(adj, r.grad);
  if (vjpVsGrad.worst !== 0) row.failures.push(`f_vjp gradient differs from f_grad's at ${vjpVsGrad.where}`);
  if (c.sameAs) {
    // a second hand computes the first's function: the same value on the same inputs
    const first = (await import(built.urlOf(c.sameAs.source)))[c.sameAs.fn];
    const expected = first(...c.make(rng(1)));
    row.vsFirstHand = Math.abs(value - expected) / Math.max(Math.abs(expected), 1e-300);
    if (!(row.vsFirstHand <= 1e-12)) row.failures.push(`value ${value} differs from ${c.sameAs.id}'s ${expected} by ${row.vsFirstHand.toExponential(2)} (relative)`);
  }
  const fd = finiteDifferenceCheck(f, args, c.params, r.grad, { skip: c.skip ?? [], step: c.fdStep });
  row.failures.push(...fd.failures.map((m) => `finite differences: ${m}`));
  row.fdWorst = fd.worst;

  // the points every variant is timed on (lib/calls.js): each gives f_grad and f_vjp the
  // primal's value, the same gradient from both, and the hand adjoint's within 1e-9
  const points = pointsOf(c, args, rng);
  for (const [i, p] of points.entries()) {
    if (i === 0) continue;
    const v = f(...p);
    const g = fGrad(...p);
    const a = zerosLike(g.grad);
    if (!Object.is(g.value, v) || !Object.is(fVjp(...p, a), v)) row.failures.push(`point ${i}: f_grad or f_vjp value differs from the primal's ${v}`);
    else if (gradientDifference(a, g.grad).worst !== 0) row.failures.push(`point ${i}: f_vjp gradient differs from f_grad's`);
  }
  row.points = points.length;

  let hand;
  if (c.hand) {
    const h = await import(built.urlOf(c.hand.source));
    const hf = h[c.hand.fn];
    const handAdj = zerosLike(r.grad);
    const handValue = hf(...c.hand.args(args, handAdj));
    const diff = gradientDifference(handAdj, r.grad, c.hand.keys);
    const valueDiff = Math.abs(handValue - value) / Math.max(Math.abs(value), 1e-300);
    row.handVsTsgrad = diff.worst;
    if (!(diff.worst <= 1e-9)) row.failures.push(`hand adjoint differs from tsgrad by ${diff.worst.toExponential(2)} (relative) at ${diff.where}`);
    if (!(valueDiff <= 1e-12)) row.failures.push(`hand adjoint's value ${handValue} differs from the primal's ${value}`);
    if (c.hand.reference) {
      const ref = c.hand.reference(h[c.hand.fn]);
      row.handVsReference = ref.worst;
      if (!(ref.worst <= ref.tolerance)) row.failures.push(`hand adjoint differs from ${ref.what} by ρ = ${ref.worst.toExponential(2)}`);
    }
    for (const [i, p] of points.entries()) {
      if (i === 0) continue;
      const g = fGrad(...p);
      const a = zerosLike(g.grad);
      hf(...c.hand.args(p, a));
      const d = gradientDifference(a, g.grad, c.hand.keys);
      if (!(d.worst <= 1e-9)) row.failures.push(`point ${i}: hand adjoint differs from tsgrad by ${d.worst.toExponential(2)} (relative) at ${d.where}`);
    }
    const zeroHand = zeroer(handAdj);
    const handCall = cycleArgs(hf, points.map((p) => c.hand.args(p, handAdj)));
    hand = () => {
      zeroHand();
      return handCall();
    };
  }

  // forward mode: f_jvp's value is the primal's, its tangent grad · v along a random direction v
  // (a function without one, which a registered derivative's call leaves without, has an empty column)
  const fJvp = gen[`${c.fn}_jvp`];
  let jvpCall;
  if (fJvp) {
    const pick = rng(2);
    const tangent = Object.fromEntries(Object.entries(r.grad).map(([k, g]) => [k, typeof g === 'number' ? pick() - 0.5 : g.map(() => pick() - 0.5)]));
    let want = 0;
    let size = 0;
    for (const [k, g] of Object.entries(r.grad)) {
      const v = tangent[k];
      if (typeof g === 'number') { want += g * v; size += Math.abs(g * v); } else g.forEach((gj, j) => { want += gj * v[j]; size += Math.abs(gj * v[j]); });
    }
    const j = fJvp(...args, tangent);
    if (!Object.is(j.value, value)) row.failures.push(`f_jvp value ${j.value} differs from the primal's ${value}`);
    if (!(Math.abs(j.tangent - want) <= 1e-9 * Math.max(1, size))) row.failures.push(`f_jvp tangent ${j.tangent} differs from grad · v = ${want}`);
    const read = readAll(j);
    const call = cycleArgs(fJvp, points.map((p) => [...p, tangent]));
    jvpCall = () => read(call());
  }

  // second order: f_hvp's value is the primal's, its grad f_grad's (bit-equal), along a random direction
  const fHvp = gen[`${c.fn}_hvp`];
  let hvpCall;
  if (fHvp) {
    const pick = rng(3);
    const direction = Object.fromEntries(Object.entries(r.grad).map(([k, g]) => [k, typeof g === 'number' ? pick() - 0.5 : g.map(() => pick() - 0.5)]));
    const h = fHvp(...args, direction);
    if (!Object.is(h.value, value)) row.failures.push(`f_hvp value ${h.value} differs from the primal's ${value}`);
    const hvpVsGrad = gradientDifference(h.grad, r.grad);
    if (hvpVsGrad.worst !== 0) row.failures.push(`f_hvp gradient differs from f_grad's at ${hvpVsGrad.where}`);
    const read = readAll(h);
    const call = cycleArgs(fHvp, points.map((p) => [...p, direction]));
    hvpCall = () => read(call());
  }

  row.tape = tapeUse(() => {
    zero();
    fVjp(...args, adj);
  });
  if (!row.tape.balanced) row.failures.push('the tape is not back at its depth after a call');
  row.snapshots = snapshotUse(() => {
    zero();
    fVjp(...args, adj);
  });
  if (row.failures.length > 0) return row; // a wrong gradient is not timed

  // every variant called the same way (lib/calls.js): on the cycle of points, the whole result read
  const gradCall = cycleArgs(fGrad, points);
  const readGrad = readAll(r);
  const vjpCall = cycleArgs(fVjp, points.map((p) => [...p, adj]));
  const variants = {
    primal: cycleArgs(f, points),
    grad: () => readGrad(gradCall()),
    vjp: () => {
      zero();
      return vjpCall();
    },
  };
  if (jvpCall) variants.jvp = jvpCall;
  if (hvpCall) variants.hvp = hvpCall;
  if (hand) variants.hand = hand;
  const about = {};
  const t = measure(variants, { ...timing, about });
  row.warmupMs = about.warmupMs;
  row.ms = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.ms]));
  row.spread = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.spread]));
  // the ratio of each round's batches (run back to back), then the median over rounds: drift
  // and bursts of load from other processes reach both sides of a ratio alike
  const perRound = (k) => median(t[k].samples.map((v, i) => v / t.primal.samples[i]));
  row.ratio = Object.fromEntries(Object.keys(t).filter((k) => k !== 'primal').map((k) => [k, perRound(k)]));
  row.best = Math.min(row.ratio.grad, row.ratio.vjp);
  // (f_hvp's cost in gradients: the median over rounds of its time over f_grad's)
  if (t.hvp) row.hvpOverGrad = median(t.hvp.samples.map((v, i) => v / t.grad.samples[i]));
  row.met = row.best <= row.target;
  return row;
}

/**
 * Wall time of a cold `tsgrad compile` of the GMM module (a new Node process each time): with
 * the CLI's on-disk V8 code cache (v8-compile-cache, as after the first run), and without it
 * (DISABLE_V8_COMPILE_CACHE=1, as a first run ever).
 */
function compileTime(runs = 7) {
  const out = mkdtempSync(join(tmpdir(), 'tsgrad-bench-compile-'));
  const command = ['dist/cli/main.js', 'compile', 'fixtures/adbench/gmm/input.ts', '--out-dir', out];
  const measureWith = (env) => {
    const times = [];
    for (let i = 0; i < runs; i++) {
      rmSync(out, { recursive: true, force: true });
      const start = process.hrtime.bigint();
      const p = spawnSync(process.execPath, command, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (p.status !== 0) throw new Error(`exit ${p.status}: ${p.stderr || p.stdout}`.trim());
    }
    return times;
  };
  try {
    const uncached = measureWith({ DISABLE_V8_COMPILE_CACHE: '1' });
    const times = measureWith({});
    return { command: `node ${command.slice(0, 3).join(' ')} --out-dir <tmp>`, ms: median(times), runs: times, uncachedMs: median(uncached) };
  } catch (error) {
    return { error: String(error instanceof Error ? error.message : error) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Issue 13's targets over every case timed: the geometric mean of the "best" ratios (≤ 2.5x),
 * every case ≤ 3x, Rosenbrock ≤ 2x; and the geometric mean per style.
 */
function summary(rows) {
  const timed = rows.filter((r) => r.best !== undefined);
  const geomean = (rs) => (rs.length === 0 ? undefined : Math.exp(rs.reduce((a, r) => a + Math.log(r.best), 0) / rs.length));
  const styles = [...new Set(timed.map((r) => r.style ?? 'hand 1'))];
  return {
    cases: timed.length,
    failed: rows.length - timed.length,
    geomean: geomean(timed),
    geomeanTarget: 2.5,
    byStyle: Object.fromEntries(styles.map((s) => {
      const rs = timed.filter((r) => (r.style ?? 'hand 1') === s);
      return [s, { cases: rs.length, geomean: geomean(rs) }];
    })),
    over3x: timed.filter((r) => r.best > 3).map((r) => `${r.id} ${r.best.toFixed(2)}x`),
    rosenbrockOver2x: timed.filter((r) => r.id.startsWith('rosenbrock') && r.best > 2).map((r) => `${r.id} ${r.best.toFixed(2)}x`),
  };
}

async function main() {
  loadStart = loadavg();
  if (loadStart[0] > cpus().length / 2 + 0.5) log(`\n!!! WARNING: load average ${loadStart[0].toFixed(1)} on ${cpus().length} cores: other processes compete for the CPU and times are noisy\n`);
  const stale = distFreshness();
  if (stale) log(`\n!!! WARNING: ${stale}\n`);
  const selected = cases.filter((c) => !opts.filter || c.id.includes(opts.filter));
  const sources = [...new Set(selected.flatMap((c) => [c.source, ...(c.sameAs ? [c.sameAs.source] : [])]).map((s) => resolve(root, s)))];
  const hands = [...new Set(selected.filter((c) => c.hand).map((c) => resolve(root, c.hand.source)))];
  const started = performance.now();
  const built = await build(sources, hands);
  log(`compiled ${sources.length} benchmark modules (and their callees) in ${built.compileMs.toFixed(0)} ms; JavaScript in ${built.outDir}`);

  const rows = [];
  for (const c of selected) {
    const t0 = performance.now();
    let row;
    try {
      row = await runCase(c, built);
    } catch (e) {
      row = { id: c.id, title: c.title, style: c.style, target: c.target, failures: [`threw: ${e?.stack ?? e}`] };
    }
    rows.push(row);
    const status = row.failures.length > 0 ? `FAILED CHECK (${row.failures.length})` : `best ${row.best.toFixed(2)}x`;
    log(`  ${c.id.padEnd(38)} ${status}  (${((performance.now() - t0) / 1000).toFixed(1)} s${row.warmupMs === undefined ? "" : `, warm-up ${(row.warmupMs / 1000).toFixed(1)} s`})`);
    for (const m of row.failures) log(`    !!! ${m}`);
  }

  // a second hand's primal may itself be slower than the first's (windows allocated by
  // subarray, for … of): its gradient's time over the first hand's primal time as well
  for (const row of rows) {
    const c = selected.find((x) => x.id === row.id);
    const base = c?.sameAs && rows.find((r) => r.id === c.sameAs.id);
    if (base?.ms && row.ms) row.vsFirstPrimal = Math.min(row.ms.grad, row.ms.vjp) / base.ms.primal;
  }
  const compile = opts['no-compile-time'] ? undefined : compileTime();
  const results = {
    command: 'npm run bench',
    date: new Date().toISOString(),
    machine: machine(),
    timing: { ...timing, note: 'times: medians over rounds of interleaved batches; ratios: medians over rounds of (variant / primal) within the round' },
    loadAverage: { start: loadStart, end: loadavg() },
    totalSeconds: (performance.now() - started) / 1000,
    compile,
    rows,
    summary: summary(rows),
  };
  log('');
  log(toTable(results));
  // checkpointed cases beside their taped twins (`<id>-checkpoint` and `<id>`)
  for (const c of rows.filter((r) => r.id.endsWith('-checkpoint') && r.ms)) {
    const plain = rows.find((r) => r.id === c.id.replace(/-checkpoint$/, '') && r.ms);
    if (!plain) continue;
    log(`\n${c.title}: gradient (f_vjp) ${(c.ms.vjp / plain.ms.vjp).toFixed(2)}x the taped loop's time ` +
      `(${c.ratio.vjp.toFixed(2)}x against ${plain.ratio.vjp.toFixed(2)}x the primal); peak tape ${formatBytes(c.tape.bytes)} against ${formatBytes(plain.tape.bytes)}; ` +
      `peak memory per call (snapshots + tape) ${formatBytes(c.snapshots.bytes + c.tape.bytes)} (${formatBytes(c.snapshots.bytes)} + ${formatBytes(c.tape.bytes)}) against ${formatBytes(plain.snapshots.bytes + plain.tape.bytes)}`);
  }
  const failed = rows.filter((r) => r.failures.length > 0);
  if (failed.length > 0) log(`\n!!! ${failed.length} case(s) FAILED their checks and were not timed: ${failed.map((r) => r.id).join(', ')}`);
  if (!opts['no-write']) {
    writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, (k, v) => (k === 'samples' ? undefined : v), 2) + '\n');
    writeFileSync(join(root, 'bench', 'results.md'), toMarkdown(results));
    log('\nwrote bench/results.json and bench/results.md');
  }
  rmSync(built.outDir, { recursive: true, force: true });
  process.exitCode = failed.length > 0 ? 1 : 0;
}

await main();

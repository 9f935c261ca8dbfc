/** The bench's output: the machine, the printed table, the markdown table. */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { cpus, release, type } from 'node:os';
import { join } from 'node:path';
import { root } from './build.js';

export function machine() {
  const c = cpus();
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'compiler', 'runtime'], { cwd: root, encoding: 'utf8' }).trim();
    if (dirty) commit += ' (with uncommitted changes to compiler/ or runtime/)';
  } catch {
    // not a git checkout
  }
  return {
    os: `${type()} ${release()}`,
    cpu: `${c[0]?.model ?? 'unknown'} × ${c.length}`,
    node: process.version,
    v8: process.versions.v8,
    commit,
  };
}

function newest(dir, ext, pick) {
  let t = pick === 'max' ? 0 : Infinity;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) t = pick === 'max' ? Math.max(t, newest(p, ext, pick)) : Math.min(t, newest(p, ext, pick));
    else if (entry.name.endsWith(ext) && !entry.name.endsWith('.d.ts')) {
      const m = statSync(p).mtimeMs;
      t = pick === 'max' ? Math.max(t, m) : Math.min(t, m);
    }
  }
  return t;
}

/** A warning when dist/ is older than the compiler or runtime sources, else undefined. */
export function distFreshness() {
  try {
    const sources = Math.max(newest(join(root, 'compiler'), '.ts', 'max'), newest(join(root, 'runtime'), '.ts', 'max'));
    const built = Math.min(newest(join(root, 'dist', 'compiler'), '.js', 'min'), newest(join(root, 'dist', 'runtime'), '.js', 'min'));
    if (sources > built) return 'dist/ is older than compiler/ or runtime/: run `npx tsc -p tsconfig.build.json` first; these numbers are for the old build';
  } catch {
    return 'dist/ is missing: run `npx tsc -p tsconfig.build.json` first';
  }
  return undefined;
}

/** 1234.5 µs → "1.23 ms", with three significant digits. */
export function formatTime(ms) {
  if (ms === undefined) return '';
  if (ms >= 1000) return `${(ms / 1000).toPrecision(3)} s`;
  if (ms >= 1) return `${ms.toPrecision(3)} ms`;
  if (ms >= 1e-3) return `${(ms * 1e3).toPrecision(3)} µs`;
  return `${(ms * 1e6).toPrecision(3)} ns`;
}

export function formatBytes(b) {
  if (b === undefined) return '';
  if (b >= 1 << 20) return `${(b / (1 << 20)).toPrecision(3)} MiB`;
  if (b >= 1 << 10) return `${(b / (1 << 10)).toPrecision(3)} KiB`;
  return `${b} B`;
}

const ratio = (r) => (r === undefined ? '' : `${r.toFixed(2)}x`);

/**
 * The rows as cells: case, style (who wrote it: the first hand, a second hand, the corpus's
 * authors), primal, f_grad, f_vjp, f_jvp, f_hvp (and its ratio to f_grad), hand, best, target, tape, check.
 */
function cells(results) {
  const header = ['case', 'style', 'primal', 'f_grad', 'f_vjp', 'f_jvp', 'f_hvp (/f_grad)', 'hand adjoint', 'best', 'best/hand 1 primal', 'target', 'tape/call', 'check'];
  const body = results.rows.map((r) => {
    if (!r.ms) return [r.title, r.style ?? '', '', '', '', '', '', '', '', '', `≤ ${r.target}`, formatBytes(r.tape?.bytes), 'FAILED'];
    const t = (k) => (r.ms[k] === undefined ? '' : `${formatTime(r.ms[k])} (${ratio(r.ratio[k])})`);
    return [
      r.title,
      r.style ?? '',
      formatTime(r.ms.primal),
      t('grad'),
      t('vjp'),
      t('jvp'),
      r.ms.hvp === undefined ? '' : `${t('hvp')} /${ratio(r.hvpOverGrad)}`,
      t('hand'),
      ratio(r.best),
      ratio(r.vsFirstPrimal),
      `≤ ${r.target} ${r.met ? 'met' : 'MISSED'}`,
      formatBytes(r.tape.bytes),
      r.handVsTsgrad !== undefined
        ? `ok (hand ${r.handVsTsgrad.toExponential(0)}${r.handVsReference === undefined ? '' : `, ADBench ρ ${r.handVsReference.toExponential(0)}`})`
        : r.vsFirstHand !== undefined ? `ok (value vs hand 1 ${r.vsFirstHand.toExponential(0)})` : 'ok',
    ];
  });
  return { header, body };
}

/** Issue 13's targets: the geometric mean of the best ratios, cases over 3x, Rosenbrock over 2x. */
function summaryLines(results) {
  const s = results.summary;
  if (!s || s.geomean === undefined) return [];
  const styles = Object.entries(s.byStyle).map(([k, v]) => `${k} ${v.geomean.toFixed(2)}x (${v.cases})`).join(', ');
  return [
    `geometric mean of "best" over ${s.cases} cases: ${s.geomean.toFixed(2)}x (target ≤ ${s.geomeanTarget} ${s.geomean <= s.geomeanTarget ? 'met' : 'MISSED'}); by style: ${styles}` +
      (s.failed > 0 ? `; ${s.failed} case(s) failed their checks and are not in it` : ''),
    `cases over 3x (issue 13: every case ≤ 3x): ${s.over3x.length === 0 ? 'none' : s.over3x.join(', ')}`,
    `Rosenbrock over 2x: ${s.rosenbrockOver2x.length === 0 ? 'none' : s.rosenbrockOver2x.join(', ')}`,
  ];
}

function compileLine(results) {
  const c = results.compile;
  if (!c) return undefined;
  if (c.error) return `cold compile of the GMM module: FAILED ${c.error}`;
  return `cold compile of the GMM module (\`${c.command}\`, a new process each time, median of ${c.runs.length}): ${formatTime(c.ms)} (aim ≤ 1.5 s); ` +
    `${formatTime(c.uncachedMs)} without the CLI's V8 code cache (a first run)`;
}

export function toTable(results) {
  const { header, body } = cells(results);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const m = results.machine;
  return [
    `${m.os}, ${m.cpu}, Node ${m.node}; tsgrad ${m.commit}`,
    `medians of ${results.timing.rounds} interleaved rounds of ~${results.timing.batchMs} ms batches; (×) = median over rounds of time / primal time`,
    `load average ${results.loadAverage.start[0].toFixed(2)} at the start, ${results.loadAverage.end[0].toFixed(2)} at the end (${results.machine.cpu.split(' × ')[1]} cores)`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
    '',
    ...summaryLines(results),
    compileLine(results),
    `total ${results.totalSeconds.toFixed(0)} s`,
  ].filter((l) => l !== undefined).join('\n');
}

export function toMarkdown(results) {
  const { header, body } = cells(results);
  const m = results.machine;
  const esc = (c) => c.replace(/\|/g, '\\|');
  return [
    '# tsgrad benchmark results',
    '',
    `Produced by \`${results.command}\` on ${results.date.slice(0, 10)}: ${m.os}, ${m.cpu}, Node ${m.node} (V8 ${m.v8}), tsgrad ${m.commit}.`,
    `Times are medians of ${results.timing.rounds} rounds of interleaved batches (~${results.timing.batchMs} ms each) in one process;`,
    '(×) is the median over rounds of the ratio to the primal\'s batch of the same round.',
    `Load average ${results.loadAverage.start[0].toFixed(2)} at the start and ${results.loadAverage.end[0].toFixed(2)} at the end of the run.`,
    'Every variant (primal, `f_grad`, `f_vjp`, `f_jvp`, `f_hvp`, hand adjoint) is called the same way: its arguments read per call',
    'from a table, cycling through 64 points drawn from the case\'s domain where its arguments hold ≤ 64 numbers (the scalar',
    'and small-array cases: "points" in results.json), its one point otherwise, and its whole result read (bench/lib/calls.js;',
    'before perf60 the one point was fixed in the calling closure, where V8 folded it into an inlined scalar function as constants).',
    '`f_vjp` includes zeroing the caller\'s `adj` as a careful caller does (a number `= 0`; an array of ≤ 32 elements by an',
    'indexed loop, a longer one by `fill(0)`: bench/lib/check.js `zeroer`); `f_grad` allocates',
    'its gradient arrays. `f_jvp` is forward mode: the derivative along one direction (checked against grad · v),',
    'its tangent arrays allocated once. `f_hvp` is second order (gradient and Hessian times one direction, forward over reverse;',
    '/Nx: its time over `f_grad`\'s, aim ≤ 4x). "best" is the faster of `f_grad` and `f_vjp`; "tape/call" is the largest tape',
    'depth one `f_vjp` call reaches (8 bytes per entry: values, decisions and trip counts). "check": every case\'s gradient',
    'passed central finite differences on a few coordinates of each parameter before timing; "hand" is the',
    'largest relative difference of the hand-written adjoint from tsgrad\'s gradient (must be ≤ 1e-9), and',
    '"ADBench ρ" that of the hand GMM adjoint from ADBench\'s reference gradient for gmm/test.txt (≤ 1e-8);',
    '"value vs hand 1" the relative difference of a second hand\'s value from the first\'s (≤ 1e-12).',
    '"best/hand 1 primal": a second hand\'s faster gradient time over the first hand\'s primal time (from',
    'their own medians, not within rounds): where a style makes the primal slower, this is the honest cost.',
    '"style": hand 1 is the case as first written, hand 2 the same function written by another hand',
    '(bench/cases/styles/), issue 13 the versions issue 13 reported, corpus a third-party function of corpus/.',
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...body.map((row) => `| ${row.map(esc).join(' | ')} |`),
    '',
    ...summaryLines(results).flatMap((l) => [l, '']),
    compileLine(results) ?? '',
    '',
  ].join('\n');
}

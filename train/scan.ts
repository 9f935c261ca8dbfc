// `npm run train -- scan <model> --<option> a,b,c …`: one run per combination of the listed
// values, then a comparison table (scan.md, index.html) and the runs' loss curves in one plot.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { joinNegativeValues, loadData, runCommand } from './main.js';
import { COMMANDS, completeValues, parseValue, UsageError, type Values } from './options.js';
import { COLOURS, linePlot, type Series } from './plot.js';
import { escape, runName } from './report.js';

export const SCAN_HELP = `Usage: npm run train -- scan <logreg|mlp|gan> [options]

Runs every combination of the values listed (comma-separated) for the model's options, each
into its own run directory, then writes <log-dir>/scan_<model>_<the lists>/ with scan.md and
index.html (a table of the runs, best first) and loss.png (their loss curves, smoothed).

The GAN's --hidden-gen and --hidden-dscr already take a comma-separated list (the widths of
their hidden layers): their alternatives are separated by / instead.

Example: npm run train -- scan mlp --lr 0.0003,0.001,0.003 --hidden 64,128 --num-iterations 500
Example: npm run train -- scan gan --hidden-dscr 128/256,128 --num-iterations 300
`;

export function runScan(args: string[], out: (line: string) => void): number {
  const [model, ...rest] = args;
  if (model !== 'logreg' && model !== 'mlp' && model !== 'gan') throw new UsageError(`scan: the first word names the model, logreg, mlp or gan (not '${model}')`);
  const spec = COMMANDS[model].spec;
  const { values } = parseArgs({ args: joinNegativeValues(rest), strict: true, options: Object.fromEntries(Object.keys(spec).map((k) => [k, { type: 'string' as const }])) });
  // every value checked before the first run
  const lists: [string, (number | string | number[])[]][] = [];
  const fixed: Values = {};
  for (const [name, s] of Object.entries(spec)) {
    const text = values[name] as string | undefined;
    // (layer widths are a comma-separated list themselves: their alternatives are separated by /)
    const separator = s.type === 'layers' ? '/' : ',';
    if (text === undefined) fixed[name] = s.default;
    else if (s.type !== 'string' && text.includes(separator)) lists.push([name, text.split(separator).map((t) => parseValue(name, s, t))]);
    else fixed[name] = parseValue(name, s, text);
  }
  if (lists.length === 0) {
    throw new UsageError('scan: give at least one option a comma-separated list of values (--lr 0.001,0.01; layer widths: alternatives separated by /, --hidden-gen 128/256,256)');
  }
  let grid: Values[] = [fixed];
  for (const [name, options] of lists) grid = grid.flatMap((g) => options.map((o) => ({ ...g, [name]: o })));
  grid = grid.map((g) => completeValues({ ...g }));
  const data = loadData(fixed);
  const rows: { varied: Record<string, string | number | readonly number[]>; metrics: Record<string, number>; dir: string }[] = [];
  const curves: Series[] = [];
  grid.forEach((g, k) => {
    const varied = Object.fromEntries(lists.map(([name]) => [name, g[name]!]));
    out(`scan ${k + 1}/${grid.length}: ${Object.entries(varied).map(([n, v]) => `--${n} ${v}`).join(' ')}`);
    const r = runCommand(model, g, data, (line) => out(`  ${line}`), false);
    rows.push({ varied, metrics: r.metrics, dir: r.dir });
    const points: [number, number][] = readFileSync(join(r.dir, 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, number>)
      .filter((m) => (m as unknown as { plot: string }).plot === 'loss').map((m) => [m.iteration!, model === 'gan' ? m.generator! : m.train!]);
    curves.push({ name: Object.entries(varied).map(([n, v]) => `${n} ${v}`).join(', '), points });
  });
  const key = model === 'gan' ? 'generatorLoss' : 'testAccuracy';
  rows.sort((a, b) => (model === 'gan' ? a.metrics[key]! - b.metrics[key]! : b.metrics[key]! - a.metrics[key]!));
  const dir = join(fixed['log-dir'] as string, runName(`scan_${model}`, Object.fromEntries(lists.map(([n, o]) => [n, o.map((v) => (typeof v === 'object' ? v.join('x') : v)).join('+')]))));
  mkdirSync(dir, { recursive: true });
  const names = lists.map(([n]) => n);
  const metricNames = Object.keys(rows[0]!.metrics);
  const md = [`| ${[...names, ...metricNames, 'run'].join(' | ')} |`, `|${[...names, ...metricNames, 'run'].map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${[...names.map((n) => r.varied[n]), ...metricNames.map((m) => r.metrics[m]!.toFixed(4)), r.dir].join(' | ')} |`)].join('\n');
  writeFileSync(join(dir, 'scan.md'), `# scan of ${model}\n\n${md}\n`);
  writeFileSync(join(dir, 'loss.png'), linePlot(curves, { smooth: 25, width: 800, height: 420 }));
  const legend = curves.map((c, k) => `<span style="color:rgb(${COLOURS[k % COLOURS.length]!.join(',')})">━ ${escape(c.name)}</span>`).join(' ');
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>scan of ${model}</title>
<style>body{font-family:sans-serif;margin:2em} td,th{padding:0 .8em;text-align:right}</style></head><body>
<h1>scan of ${model}</h1><table><tr>${[...names, ...metricNames, 'run'].map((h) => `<th>${escape(h)}</th>`).join('')}</tr>
${rows.map((r) => `<tr>${names.map((n) => `<td>${r.varied[n]}</td>`).join('')}${metricNames.map((m) => `<td>${r.metrics[m]!.toFixed(4)}</td>`).join('')}<td><a href="../${escape(r.dir.split(/[\\/]/).pop()!)}/index.html">report</a></td></tr>`).join('\n')}</table>
<figure><img src="loss.png" alt="loss curves"><figcaption>${legend} (training loss${model === 'gan' ? ' of the generator' : ''}, x: iteration)</figcaption></figure>
</body></html>
`);
  out(`scan: ${dir}`);
  out(md);
  return 0;
}

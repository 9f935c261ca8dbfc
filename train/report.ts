// What a run leaves behind: a directory under --log-dir named from its hyperparameters, with
// metrics.jsonl (one JSON object per line), loss curves and sample grids as PNG, and index.html.
import { appendFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLOURS, linePlot, type Series } from './plot.js';

export type Hyperparameters = Record<string, string | number | readonly number[]>;

/**
 * `mlp_lr-0.001_batch-size-64_…`: the model, then each hyperparameter as name-value; a list of
 * layer widths as `256x512`.
 */
export function runName(model: string, hp: Hyperparameters): string {
  const parts = Object.entries(hp).map(([k, v]) => `${k}-${typeof v === 'object' ? v.join('x') : v}`);
  return [model, ...parts].join('_').replace(/[^A-Za-z0-9._+-]/g, '');
}

export class RunLog {
  readonly dir: string;
  private readonly metricsFile: string;
  private readonly series = new Map<string, Series[]>();
  private readonly images: { file: string; caption: string }[] = [];
  private readonly results: [string, string][] = [];

  constructor(logDir: string, readonly model: string, readonly hp: Hyperparameters) {
    this.dir = join(logDir, runName(model, hp));
    mkdirSync(this.dir, { recursive: true });
    // a run of the same name starts over
    for (const f of readdirSync(this.dir)) rmSync(join(this.dir, f), { recursive: true, force: true });
    this.metricsFile = join(this.dir, 'metrics.jsonl');
    writeFileSync(this.metricsFile, '');
  }

  /** One line of metrics.jsonl; each numeric field but `iteration` is a point of plot `plot`. */
  log(plot: string, record: Record<string, number>): void {
    appendFileSync(this.metricsFile, JSON.stringify({ plot, ...record }) + '\n');
    const lines = this.series.get(plot) ?? [];
    for (const [name, value] of Object.entries(record)) {
      if (name === 'iteration') continue;
      let s = lines.find((l) => l.name === name);
      if (!s) lines.push((s = { name, points: [] }));
      s.points.push([record.iteration!, value]);
    }
    this.series.set(plot, lines);
  }

  /** Writes a PNG into the run's directory and lists it in the report. */
  image(file: string, png: Buffer, caption: string): void {
    writeFileSync(join(this.dir, file), png);
    const known = this.images.find((i) => i.file === file);
    if (known) known.caption = caption;
    else this.images.push({ file, caption });
  }

  result(name: string, value: string): void {
    this.results.push([name, value]);
  }

  /** Draws each plot (smoothed over `smooth` points) and writes index.html. */
  finish(smooth = 1): void {
    const plots: { file: string; legend: string }[] = [];
    for (const [plot, lines] of this.series) {
      const file = `${plot}.png`;
      const points = Math.max(...lines.map((l) => l.points.length));
      writeFileSync(join(this.dir, file), linePlot(lines, { smooth: points > 50 ? smooth : 1 }));
      plots.push({ file, legend: lines.map((l, k) => `<span style="color:rgb(${COLOURS[k % COLOURS.length]!.join(',')})">━ ${l.name}</span>`).join(' ') });
    }
    const rows = (pairs: [string, string | number | readonly number[]][]) => pairs.map(([k, v]) => `<tr><th>${escape(k)}</th><td>${escape(String(v))}</td></tr>`).join('\n');
    const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(this.model)} run</title>
<style>body{font-family:sans-serif;margin:2em;max-width:1100px} th{text-align:left;padding-right:1em} img{image-rendering:pixelated;border:1px solid #ccc} figure{display:inline-block;margin:0 1em 1em 0}</style>
</head><body>
<h1>${escape(this.model)}</h1>
<h2>Results</h2><table>${rows(this.results)}</table>
<h2>Hyperparameters</h2><table>${rows(Object.entries(this.hp))}</table>
<h2>Curves</h2>
${plots.map((p) => `<figure><img src="${p.file}" alt="${p.file}"><figcaption>${p.legend} (x: iteration)</figcaption></figure>`).join('\n')}
${this.images.length ? '<h2>Samples</h2>' : ''}
${this.images.map((i) => `<figure><img src="${i.file}" alt="${i.file}"><figcaption>${escape(i.caption)}</figcaption></figure>`).join('\n')}
<p>Metrics, one JSON object per line: <a href="metrics.jsonl">metrics.jsonl</a></p>
</body></html>
`;
    writeFileSync(join(this.dir, 'index.html'), html);
  }
}

export function escape(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

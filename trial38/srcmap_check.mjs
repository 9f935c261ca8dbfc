// --source-map: statements of spline.grad.ts traced back to spline.ts (with @jridgewell/trace-mapping).
import { readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
const dir = new URL('./srcmap/', import.meta.url).pathname;
const gen = readFileSync(dir + 'spline.grad.ts', 'utf8').split('\n');
const map = new TraceMap(JSON.parse(readFileSync(dir + 'spline.grad.ts.map', 'utf8')));
const src = readFileSync(new URL('./src/spline.ts', import.meta.url), 'utf8').split('\n');
const probes = [
  // [a regex of a generated line, the source text its statement must come from]
  [/const m = t\d+ - t\d+;/, 'const m = b[i] - a[i] * cp[i - 1];'],
  [/x\[t\d+\]! = t\d+;/, 'x[n - 1] = dp[n - 1];'],
];
// the reverse sweep: the first statement after each '// grad of: <text>' comment maps to the line of <text>
for (const [i, l] of gen.entries()) {
  const m = /\/\/ grad of: (.*)$/.exec(l);
  if (m && /pen \+= m \* m|loss \+= \(s - vq\[q\]\) \*\* 2/.test(m[1])) probes.push([new RegExp('^' + gen[i + 1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '$'), m[1]]);
}
void [
];
const notes = [];
let ok = true;
for (const [re, want] of probes) {
  const line = gen.findIndex((l) => re.test(l));
  if (line < 0) { ok = false; notes.push(`no generated line matches ${re}`); continue; }
  const col = gen[line].search(/\S/);
  const o = originalPositionFor(map, { line: line + 1, column: col });
  const text = o.line ? src[o.line - 1].trim() : '(none)';
  const hit = text.includes(want.split(';')[0].trim().slice(0, 20));
  if (!hit) ok = false;
  notes.push(`gen ${line + 1} -> ${o.source}:${o.line}:${o.column} "${text.slice(0, 50)}"`);
}
console.log(JSON.stringify({ extra: '--source-map: generated statements map back to their lines of spline.ts', status: ok ? 'ok' : 'WRONG', notes }));

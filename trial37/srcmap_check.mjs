// The source map of a generated file: a few generated statements must map back to the source line they come from.
import { readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
const here = new URL('.', import.meta.url).pathname;
const gen = readFileSync(`${here}srcmap/arm.grad.ts`, 'utf8').split('\n');
const map = new TraceMap(readFileSync(`${here}srcmap/arm.grad.ts.map`, 'utf8'));
const src = { '../src/arm.ts': readFileSync(`${here}src/arm.ts`, 'utf8').split('\n'), '../src/util.ts': readFileSync(`${here}src/util.ts`, 'utf8').split('\n') };
// generated lines to probe: inside ikObstacle_vjp, the hypot (forward) and its reverse; the atan2 of the tip
const notes = [];
let ok = true;
const probes = [
  { find: /= Math\.hypot\(t/, want: /Math\.hypot\(x - ox, y - oy\)/ },
  { find: /Math\.atan2\(y/, want: /Math\.atan2\(y, x\)/ },
  { find: /_softplus = Math\.log1p\(/, want: /Math\.log1p\(Math\.exp/ },
];
const start = gen.findIndex((l) => l.startsWith('export function ikObstacle_vjp'));
for (const p of probes) {
  const i = gen.findIndex((l, j) => j > start && !l.trim().startsWith("//") && p.find.test(l));
  if (i < 0) { ok = false; notes.push(`no generated line matching ${p.find}`); continue; }
  const col = gen[i].search(/\S/);
  const o = originalPositionFor(map, { line: i + 1, column: col });
  const line = o.source ? src[o.source]?.[o.line - 1] ?? '' : '';
  const good = p.want.test(line);
  ok &&= good;
  notes.push(`gen ${i + 1}: ${gen[i].trim().slice(0, 50)} -> ${o.source}:${o.line} ${line.trim().slice(0, 60)}${good ? '' : ' (WRONG line)'}`);
}
console.log(JSON.stringify({ extra: 'source map of arm.grad.ts points back to the source lines', status: ok ? 'ok' : 'WRONG', notes }));

import { tape } from 'tsgrad/runtime';
function a(x: Float64Array): number {
  let stack = tape.values; let top = tape.top; let s = 0;
  for (let d = 0; d < x.length; d++) { if (top + 1 > stack.length) stack = tape.reserve(top, 1); s += Math.max(0, x[d] - 8); stack[top++] = 1; }
  tape.top = top - x.length; return s;
}
function b(x: Float64Array): number {
  let stack = tape.values; let top = tape.top; let s = 0;
  for (let d = 0; d < x.length; d++) { if (top + 1 > stack.length) stack = tape.reserve(top, 1); s += Math.max(0, x[d] - 8); stack[top++] = 1; }
  top -= x.length; tape.top = top; return s;
}
function c(x: Float64Array): number {
  let stack = tape.values; let top = tape.top; let s = 0;
  for (let d = 0; d < x.length; d++) { if (top + 1 > stack.length) stack = tape.reserve(top, 1); s += Math.max(0, x[d] - 8); stack[top++] = 1; }
  for (let d = x.length; d > 0; d--) s += stack[--top];
  tape.top = top; return s;
}
function plain(x: Float64Array): number { let s = 0; for (let d = 0; d < x.length; d++) s += Math.max(0, x[d] - 8); return s; }
const x = Float64Array.from({ length: 26 }, (_, i) => 5 + i);
const best: Record<string, number> = {};
for (let r = 0; r < 10; r++) for (const [k, g] of Object.entries({ plain, a, b, c })) {
  const t = performance.now(); let s = 0; for (let i = 0; i < 100000; i++) s += g(x);
  best[k] = Math.min(best[k] ?? Infinity, (performance.now() - t) * 10);
}
console.log(best, tape.top);

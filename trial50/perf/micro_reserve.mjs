// trial50 perf: the tape's per-iteration reserve check in isolation: a loop pushing 3 doubles per iteration (25
// iterations) with the check as tsgrad writes it, hoisted before the loop, absent, and growing a local buffer.
// node --import tsgrad/register trial50/perf/micro_reserve.mjs
import { tape } from 'tsgrad/runtime';
function withReserve(x, n) {
  let stack = tape.values; let top = tape.top; let s = 0;
  for (let i = 0; i < n; i++) { if (top + 3 > stack.length) stack = tape.reserve(top, 3); stack[top++] = s; stack[top++] = x; stack[top++] = i; s = s * x + i / (x + i); }
  for (let i = n - 1; i >= 0; i--) { top -= 3; s += stack[top] * 1e-9; }
  return s;
}
function hoisted(x, n) {
  let stack = tape.values; let top = tape.top; let s = 0;
  if (top + 3 * n > stack.length) stack = tape.reserve(top, 3 * n);
  for (let i = 0; i < n; i++) { stack[top++] = s; stack[top++] = x; stack[top++] = i; s = s * x + i / (x + i); }
  for (let i = n - 1; i >= 0; i--) { top -= 3; s += stack[top] * 1e-9; }
  return s;
}
function noCheck(x, n) {
  let stack = tape.values; let top = tape.top; let s = 0;
  for (let i = 0; i < n; i++) { stack[top++] = s; stack[top++] = x; stack[top++] = i; s = s * x + i / (x + i); }
  for (let i = n - 1; i >= 0; i--) { top -= 3; s += stack[top] * 1e-9; }
  return s;
}
const scratch = new Float64Array(1024);
function localGrow(x, n) {
  let stack = scratch; let top = 0; let s = 0;
  for (let i = 0; i < n; i++) { if (top + 3 > stack.length) { const b = new Float64Array(stack.length * 2); b.set(stack); stack = b; } stack[top++] = s; stack[top++] = x; stack[top++] = i; s = s * x + i / (x + i); }
  for (let i = n - 1; i >= 0; i--) { top -= 3; s += stack[top] * 1e-9; }
  return s;
}
const forms = { withReserve, hoisted, noCheck, localGrow };
for (let k = 0; k < 5000; k++) for (const f of Object.values(forms)) f(0.9, 25);
for (let r = 0; r < 3; r++) console.log(Object.entries(forms).map(([k, f]) => { const t = performance.now(); let s = 0; for (let i = 0; i < 200000; i++) s += f(0.9, 25); return `${k} ${((performance.now() - t) / 200000 * 1e6).toFixed(0)} ns`; }).join(', '));

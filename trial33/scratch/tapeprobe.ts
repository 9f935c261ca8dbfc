import { tape } from 'tsgrad/runtime';
console.log('values length', tape.values.length, 'buffer', tape.values.buffer.byteLength, 'resizable', (tape.values.buffer as any).resizable, 'top', tape.top);
const own = new Float64Array(tape.values.length);
function pushLoop(stack: Float64Array, n: number): number {
  let top = 0;
  for (let i = 0; i < n; i++) { stack[top++] = i * 0.5; stack[top++] = 1; stack[top++] = 0; }
  return top;
}
for (const [name, arr] of [['tape.values', tape.values], ['own', own], ['tape.values', tape.values], ['own', own]] as const) {
  let t = performance.now(); let s = 0;
  for (let r = 0; r < 100000; r++) s += pushLoop(arr, 26);
  console.log(name, ((performance.now() - t) * 10).toFixed(0), 'ns per 78 pushes');
}

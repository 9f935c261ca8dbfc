/** The runtime tape: stack order on each stack, growth without loss, balance. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Tape, adjointOf, f64Zeros, restore, sink } from '../runtime/index.js';

test('values pop in reverse order, across growth of the buffer', () => {
  const t = new Tape();
  const n = 5000; // several doublings past the initial 1024
  for (let i = 0; i < n; i++) t.push(i * 0.5);
  expect(t.depth).toEqual({ values: n, refs: 0 });
  for (let i = n - 1; i >= 0; i--) expect(t.pop()).toBe(i * 0.5);
  expect(t.depth).toEqual({ values: 0, refs: 0 });
});

test('decisions and trip counts share the value stack, as doubles', () => {
  const t = new Tape();
  t.push(1.25);
  t.pushInt(7);
  t.pushBool(true);
  t.pushBool(false);
  for (let i = 0; i < 3000; i++) t.pushInt(i);
  for (let i = 2999; i >= 0; i--) expect(t.popInt()).toBe(i);
  expect(t.popBool()).toBe(false);
  expect(t.popBool()).toBe(true);
  expect(t.popInt()).toBe(7);
  expect(t.pop()).toBe(1.25);
  expect(t.depth).toEqual({ values: 0, refs: 0 });
});

test('reserve keeps the values below top and hands back the buffer to use', () => {
  const t = new Tape();
  for (let i = 0; i < 1000; i++) t.push(i);
  const before = t.values;
  expect(t.reserve(t.top, 24)).toBe(before); // room already
  const grown = t.reserve(t.top, 5000);
  expect(grown).not.toBe(before);
  expect(t.values).toBe(grown);
  expect(grown.length).toBeGreaterThanOrEqual(6000);
  for (let i = 999; i >= 0; i--) expect(t.pop()).toBe(i);
});

test('generated code\'s form of the stack: locals, written back around calls', () => {
  const t = new Tape();
  let stack = t.values;
  let top = t.top;
  for (let i = 0; i < 3000; i++) {
    if (top + 1 > stack.length) stack = t.reserve(top, 1);
    stack[top++] = i;
  }
  const a = Float64Array.from([7, 8, 9]);
  if (top + a.length > stack.length) stack = t.reserve(top, a.length);
  stack.set(a, top);
  top += a.length;
  t.top = top; // a callee pushes and pops through the methods, then the caller reloads
  t.pushArray(new Float64Array(5000));
  t.popArray(new Float64Array(5000));
  stack = t.values;
  expect(t.top).toBe(top);
  a.fill(0);
  top -= a.length;
  restore(a, stack, top);
  expect(Array.from(a)).toEqual([7, 8, 9]);
  for (let i = 2999; i >= 0; i--) expect(stack[--top]).toBe(i);
  expect(top).toBe(0);
});

test('pushArray / popArray restore an array overwritten by fill', () => {
  const t = new Tape();
  const a = Float64Array.from([1, 2, 3]);
  t.pushArray(a);
  a.fill(9);
  t.popArray(a);
  expect(Array.from(a)).toEqual([1, 2, 3]);
});

test('references come back in reverse order', () => {
  const t = new Tape();
  const a = new Float64Array(1);
  const b = new Float64Array(2);
  t.pushRef(a);
  t.pushRef(b);
  expect(t.popRef()).toBe(b);
  expect(t.popRef()).toBe(a);
});

test('after the first call, pushes allocate nothing: capacity is kept', () => {
  const t = new Tape();
  for (let i = 0; i < 4096; i++) t.push(i);
  for (let i = 0; i < 4096; i++) t.pop();
  const bytes = t.capacityBytes;
  for (let i = 0; i < 4096; i++) t.push(i);
  expect(t.capacityBytes).toBe(bytes);
});

test('adjointOf gives each array one zeroed adjoint of its length; sink grows on demand', () => {
  const a = new Float64Array(3);
  const b = adjointOf(a);
  expect(b).toHaveLength(3);
  expect(adjointOf(a)).toBe(b);
  expect(adjointOf(new Float64Array(3))).not.toBe(b);
  expect(sink(10_000).length).toBeGreaterThanOrEqual(10_000);
});

test('f64Zeros: zeroed Float64Arrays of the length asked that share no element, small ones from a pool', () => {
  const made: Float64Array[] = [];
  // enough small arrays to exhaust several 64 KiB pools, with a few large ones between them
  for (let i = 0; i < 600; i++) {
    const n = i % 50 === 0 ? 513 + i : i % 37;
    const a = f64Zeros(n);
    expect(a).toBeInstanceOf(Float64Array);
    expect(a.length).toBe(n);
    expect(a.every((x) => x === 0)).toBe(true);
    a.fill(i + 1); // would show in a later array if two overlapped
    made.push(a);
  }
  made.forEach((a, i) => expect(a.every((x) => x === i + 1)).toBe(true));
  expect(f64Zeros(513).buffer.byteLength).toBe(513 * 8); // a large one has its own buffer
  expect(() => f64Zeros(-1)).toThrow(RangeError);
});

// issue 13 (perf25b): V8 inlines f64Zeros and tape.reserve into generated code; a branch of
// theirs that had never run (a new pool, a larger buffer) had no type feedback, and an optimised
// caller that reached one was thrown away and ran unoptimised until compiled again. The runtime
// runs those branches once at load (warmRareBranches). Checked in a fresh process of the built
// runtime, with V8's own account of whether each caller is still optimised.
test('an optimised caller of f64Zeros and tape.reserve stays optimised when the pool runs out and the tape grows', () => {
  const runtime = pathToFileURL(join(__dirname, '..', 'dist', 'runtime', 'index.js')).href;
  const script = `
    import { f64Zeros, tape } from ${JSON.stringify(runtime)};
    const optimised = (f) => (%GetOptimizationStatus(f) & 64) !== 0; // 64: TurboFan code
    function zeros(n) { const a = f64Zeros(n); a[0] += 1; return a.length; }
    function grow(k) { return tape.reserve(tape.top, k).length; }
    %PrepareFunctionForOptimization(zeros);
    %PrepareFunctionForOptimization(grow);
    for (let i = 0; i < 100; i++) { zeros(5); grow(8); } // the common branches only
    %OptimizeFunctionOnNextCall(zeros); zeros(5);
    %OptimizeFunctionOnNextCall(grow); grow(8);
    const before = [optimised(zeros), optimised(grow)];
    for (let i = 0; i < 3000; i++) zeros(5); // 120 KB of 40-byte arrays: the 64 KiB pool runs out
    zeros(600); // above the pool's limit
    grow(tape.values.length + 1); // the buffer grows
    console.log(JSON.stringify({ before, after: [optimised(zeros), optimised(grow)] }));`;
  const out = execFileSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(JSON.parse(out)).toEqual({ before: [true, true], after: [true, true] });
});

/** The runtime tape: stack order on each stack, growth without loss, balance. */
import { Tape, adjointOf, sink } from '../runtime/index.js';

test('values pop in reverse order, across growth of the buffer', () => {
  const t = new Tape();
  const n = 5000; // several doublings past the initial 1024
  for (let i = 0; i < n; i++) t.push(i * 0.5);
  expect(t.depth).toEqual({ values: n, ints: 0 });
  for (let i = n - 1; i >= 0; i--) expect(t.pop()).toBe(i * 0.5);
  expect(t.depth).toEqual({ values: 0, ints: 0 });
});

test('decisions and trip counts live on their own integer stack', () => {
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
  expect(t.depth).toEqual({ values: 0, ints: 0 });
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

/**
 * Segments of arrays saved on the tape and restored from it whole (compiler/reverse/segments.ts).
 * A module of its own, warmed up at its load as tape.ts warms its helpers (warmRareBranches): a
 * bundle of code that does not use them drops it whole (package.json's sideEffects).
 */
/**
 * `stack[top++] = a[from + i]` for i = 0, 1, … while i < count, and the new top: the elements a
 * loop is about to overwrite, one each iteration, saved before it (compiler/reverse/segments.ts).
 * A long segment of a Float64Array within it by one copy of a view, else by the loop itself.
 */
export function saveSegment(a: { length: number; [i: number]: number }, from: number, count: number, stack: Float64Array, top: number): number {
  if (count > 16 && a instanceof Float64Array && Number.isInteger(from) && Number.isInteger(count) && from >= 0 && from + count <= a.length) {
    stack.set(a.subarray(from, from + count), top);
    return top + count;
  }
  for (let i = 0; i < count; i++) stack[top++] = a[from + i]!;
  return top;
}

/** `a[from + i] = stack[--top]` for i = count - 1, count - 2, … while i >= 0, and the new top: what saveSegment saved, given back. */
export function restoreSegment(a: { length: number; [i: number]: number }, from: number, count: number, stack: Float64Array, top: number): number {
  if (count > 16 && a instanceof Float64Array && Number.isInteger(from) && Number.isInteger(count) && from >= 0 && from + count <= a.length) {
    a.set(stack.subarray(top - count, top), from);
    return top - count;
  }
  for (let i = count - 1; i >= 0; i--) a[from + i] = stack[--top]!;
  return top;
}

// (both branches of each, at load: a branch first taken after V8 has optimised the caller throws that code away; tape.ts)
{
  const long = new Float64Array(40);
  const plain = [0, 0, 0];
  const buffer = new Float64Array(64);
  for (let i = 0; i < 24; i++) {
    restoreSegment(long, 0, 20, buffer, saveSegment(long, 0, 20, buffer, 0));
    restoreSegment(long, 0, 2, buffer, saveSegment(long, 0, 2, buffer, 0));
    restoreSegment(plain, 0, 3, buffer, saveSegment(plain, 0, 3, buffer, 0));
  }
}

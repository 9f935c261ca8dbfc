/**
 * Unrolling of short counted loops: a loop with literal bounds and at most `maxTrips`
 * iterations (`for (let i = 0; i < 2; i++)` over the two components of a state) becomes one
 * block per iteration, each binding the index to its value:
 *
 *   { const i: number = 0; …body… }
 *   { const i: number = 1; …body… }
 *
 * V8 does not unroll loops itself; unrolled, the constant indices fold, the loop's branches
 * disappear and values stay in registers across what were iterations (measured: RK4's
 * gradient went from 4.1x to 2.4x its primal). This is the last pass over the generated
 * code: it changes its shape only, not what it computes or in which order.
 */
import { type TStmt, type TVar, declare, eachStmt, isRef, mapNested, num, someStmt } from '../ir/target.js';
import { varsReadOf } from './refs.js';

/** Loops of at most this many iterations are unrolled, if the copies take at most `maxSize` statements. */
const maxTrips = 4;
const maxSize = 64;

export function unrollShortLoops(code: readonly TStmt[]): TStmt[] {
  const out: TStmt[] = [];
  for (const s of code) {
    const copies = unrolled(s);
    // a loop that runs zero times leaves nothing, not even its `// grad of:` comment
    if (s.k === 'for' && copies.length === 0 && out[out.length - 1]?.k === 'comment') out.pop();
    out.push(...copies);
  }
  return out;
}

function unrolled(s: TStmt): TStmt[] {
  switch (s.k) {
    case 'for': {
      const body = unrollShortLoops(s.body);
      const index = s.init.k === 'decl' ? s.init.v : undefined;
      const indices = index && tripIndices(s, index);
      // (a loop around other loops gains little and would copy them)
      if (!index || !indices || breaks(body) || hasLoop(body) || indices.length * size(body) > maxSize) return [{ ...s, body }];
      const used = varsReadOf(body).has(index);
      return indices.map((i): TStmt => ({ k: 'block', body: [...(used ? [declare('const', index, num(i), 'number')] : []), ...body] }));
    }
    default: return [mapNested(s, unrollShortLoops)];
  }
}

/** The index values of a loop `for (let i = a; i < b; i += k)` (or `<=`, or counting down) with literal a, b; `i` its index. */
function tripIndices(s: TStmt & { k: 'for' }, i: TVar): number[] | undefined {
  if (s.init.k !== 'decl' || s.init.kind !== 'let' || s.init.init?.k !== 'num') return undefined;
  const from = s.init.init.value;
  const { test, update } = s;
  if (test.k !== 'bin' || !isRef(test.l, i) || test.r.k !== 'num') return undefined;
  if (update.k !== 'update' || update.v !== i) return undefined;
  const to = test.r.value;
  const step = update.op === '+=' ? update.by : -update.by;
  const holds = (v: number) => (test.op === '<' ? v < to : test.op === '<=' ? v <= to : test.op === '>' ? v > to : test.op === '>=' ? v >= to : undefined);
  const out: number[] = [];
  for (let v = from; ; v += step) {
    const h = holds(v);
    if (h === undefined) return undefined;
    if (!h) return out;
    if (out.length === maxTrips || step === 0) return undefined;
    out.push(v);
  }
}

/** Branches and blocks: a walk that stops at loops (whose body is theirs) and at a `try` (stack.ts's unwinding: no loop, no break). */
const branches = { enter: (s: TStmt) => s.k === 'if' || s.k === 'block' };

/** Whether `code` holds a loop (outside a `try`). */
function hasLoop(code: readonly TStmt[]): boolean {
  return someStmt(code, (s) => s.k === 'for' || s.k === 'while' || s.k === 'loop', branches);
}

/** The statements of `code`, nested ones included, comments, `for` inits and `try`s' contents aside. */
function size(code: readonly TStmt[]): number {
  let n = 0;
  eachStmt(code, (s) => { if (s.k !== 'comment') n++; }, { inits: false, enter: (s) => s.k !== 'try' });
  return n;
}

/** Whether `code` leaves its enclosing loop: a `break` not inside a loop of its own. */
function breaks(code: readonly TStmt[]): boolean {
  return someStmt(code, (s) => s.k === 'break', branches);
}

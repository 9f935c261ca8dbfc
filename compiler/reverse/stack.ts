/**
 * The tape in locals. The sweeps are built against the runtime tape's methods
 * (`tape.push(x)`, `tape.pop()`, `tape.pushArray(a)` …), which say what is saved and where.
 * This pass, the last of the reverse phase, rewrites them into operations on two locals,
 * `stack` (the tape's buffer) and `top` (its first free slot):
 *
 *   tape.push(x)        →  stack[top++] = x
 *   tape.pop()          →  stack[--top]
 *   tape.pushBool(b)    →  stack[top++] = b ? 1 : 0        (decisions and trip counts are doubles too)
 *   tape.pushArray(a)   →  saveArray(a, stack, top); top += a.length
 *   tape.popArray(a)    →  top -= a.length; restore(a, stack, top)
 *   tape.top            →  top                             (read, or set: records dropped)
 *
 * Method calls on the shared tape object cost a field load and store per value, and V8 stops
 * inlining them in large functions; locals stay in registers (measured on RK4: the gradient
 * went from 6.3x to 3.8x its primal). Each straight run of pushes is preceded by one capacity
 * check, `if (top + n > stack.length) stack = tape.reserve(top, n)`. Around a call to a
 * function that may use the tape itself (any but the runtime's kernels, in either sweep: a
 * primal may call a generated gradient), `top` is written back and `stack` reloaded; `top`
 * is written back at the end too.
 */
import { type Callee, type LocalVar, type TExpr, type TStmt, type TapeOp, STACK, TOP, bin, cond, declare, index, isTape, mapChildren, mapStmt, member, name, num, ref, runtime, stmtHas, tape, update } from '../ir/target.js';

const stack = ref(STACK);
const top = ref(TOP);
/** The operations this pass puts into locals (`pushRef` and `popRef` stay the runtime's). */
const valueOps: ReadonlySet<TapeOp> = new Set(['push', 'pushInt', 'pushBool', 'pushArray']);
const localOps: ReadonlySet<TapeOp> = new Set([...valueOps, 'pop', 'popInt', 'popBool', 'popArray']);

/**
 * How calls and exceptions meet the tape. `syncs(callee)`: whether a call may use the tape (a
 * vjp, or a primal that may call one). `unwind`, for a function that may throw: the name of
 * the top it found (`entryTop`), which it gives back to the tape before its own `throw`s and
 * when a call to a function that may throw (`throws`) throws, after `top` was written back
 * for that call; so an error never leaves the tape higher than before the call. (A try/catch
 * around the whole function would do it too, but cost a tape-heavy loop 7 to 18%.)
 */
export interface Sync {
  readonly syncs: (callee: Callee) => boolean;
  /** Of those, the calls that leave the tape's top elsewhere (split mode's `g_fwd` and `g_rev`): `top` is read back after them. */
  readonly moves?: (callee: Callee) => boolean;
  readonly unwind?: {
    readonly entryTop: LocalVar;
    /**
     * The name of the reference stack's depth it found, for a function that pushes array
     * references itself (`tape.pushRef`): given back with the top.
     */
    readonly entryRefs?: LocalVar;
    readonly throws: (callee: Callee) => boolean;
    /** The exception a catch holds while it gives the tape back (`error`), thrown again. */
    readonly caught: LocalVar;
    /** What else a catch puts back before the tape's top (the caller's adj set aside on the tape). */
    readonly restore?: readonly TStmt[];
  };
}

export function localStack(body: readonly TStmt[], cx: Sync): TStmt[] {
  // (a function that may throw and calls a g_fwd, which leaves the tape higher, keeps the top
  // it found too, though it pushes nothing itself: found by the fuzzer, seed 77031)
  const moves = cx.moves;
  if (!usesStack(body) && !(cx.unwind && moves && body.some((s) => stmtCalls(s, moves)))) return [...body];
  // (a function that pushes references gives their stack back too when it throws)
  const refs = cx.unwind?.entryRefs !== undefined && body.some((s) => stmtHas(s, (e) => e.k === 'tape' && e.op === 'pushRef'))
    ? cx.unwind.entryRefs : undefined;
  if (cx.unwind) cx = { ...cx, unwind: { ...cx.unwind, entryRefs: refs } };
  const code = block(body, cx);
  // The tape's top goes back to `top` at the end, which is where this function found it once
  // every pop matched its push: a call may have written `top` back since, and an unbalanced
  // sweep (a bug) shows in tape.top instead of hiding in a local.
  const last = code[code.length - 1];
  const writeBack: TStmt = { k: 'assign', target: tape('top'), op: '=', value: top };
  if (last?.k === 'return') code.splice(code.length - 1, 0, writeBack);
  else code.push(writeBack);
  return [
    { k: 'comment', text: 'the tape: values saved for the reverse sweep, on a stack' },
    declare('let', STACK, tape('values')),
    declare('let', TOP, tape('top')),
    ...(cx.unwind ? [declare('const', cx.unwind.entryTop, top)] : []),
    ...(refs ? [declare('const', refs, tape('refCount'))] : []),
    ...code,
  ];
}

/** `tape.top = entryTop` (and `tape.refCount = entryRefs`): the tape as this call found it, before an exception leaves it. */
function unwound(unwind: NonNullable<Sync['unwind']>): TStmt[] {
  return [
    { k: 'assign', target: tape('top'), op: '=', value: ref(unwind.entryTop) },
    ...(unwind.entryRefs ? [{ k: 'assign', target: tape('refCount'), op: '=', value: ref(unwind.entryRefs) } as TStmt] : []),
  ];
}

/** A call that may throw, in a try whose catch gives the tape its top back and throws again. */
function guarded(call: TStmt, unwind: NonNullable<Sync['unwind']>): TStmt[] {
  const { caught } = unwind;
  const handler: TStmt[] = [...unwind.restore ?? [], ...unwound(unwind), { k: 'throw', e: ref(caught) }];
  if (call.k === 'decl' && call.init) {
    return [
      { k: 'decl', kind: 'let', name: call.name, ...(call.v ? { v: call.v } : {}), type: 'number' },
      { k: 'try', body: [{ k: 'assign', target: call.v ? ref(call.v) : name(call.name), op: '=', value: call.init }], param: caught, handler },
    ];
  }
  return [{ k: 'try', body: [call], param: caught, handler }];
}

function usesStack(code: readonly TStmt[]): boolean {
  return code.some((s) => stmtHas(s, (e) => e.k === 'tape' && localOps.has(e.op)));
}

/**
 * One block: its statements rewritten, a capacity check before each straight run of pushes.
 * A run goes on through an `if` (or a block) that pushes at most a known number of values on
 * any path (no loop, no call that uses the tape, no array pushed whole): the branch taken
 * needs no check of its own. A counted loop whose iterations push at most k values each
 * (`trips`, from the forward sweep) starts a run that reserves trips·k before it: no check in
 * its iterations, where a call to `tape.reserve`, however rarely taken, keeps V8 from holding
 * `stack` and the loop's invariants in registers (besselj's Horner loops: the forward sweep
 * 80 ns with a check in each iteration, 64 ns without). `checks` false: the block's pushes are
 * covered by a check outside it.
 */
function block(code: readonly TStmt[], cx: Sync, checks = true): TStmt[] {
  const out: TStmt[] = [];
  // The current straight run: where its check goes in `out`, and the room its pushes need.
  let run: { at: number; count: number; lengths: TExpr[] } | undefined;
  const close = () => {
    if (checks && run && (run.count > 0 || run.lengths.length > 0)) out.splice(run.at, 0, reserve(run.count, run.lengths));
    run = undefined;
  };
  for (const [i, s] of code.entries()) {
    // an if (or block) with a bound on its pushes joins the run
    const bound = (s.k === 'if' || s.k === 'block') && usesStack([s]) ? boundedPushes([s], cx) : undefined;
    const most = bound?.most;
    // (but an `if` some path of which pushes nothing, with no run before it and no push after it
    // in the block, checks inside its branches: a loop's exit branch, `if (sum + inc >= req) {
    // push; return }`, pushes once, and its check in every iteration cost daysToFlower's f_vjp ~20%)
    if (checks && s.k === 'if' && bound && bound.most > 0 && bound.least === 0 && run === undefined &&
        !code.slice(i + 1).some((t) => usesStack([t]) || pushSize(t) !== undefined || stmtCalls(t, cx.syncs))) {
      out.push(rewrite(s, cx, true));
      continue;
    }
    if (most !== undefined) {
      if (most > 0) {
        run ??= { at: out.length, count: 0, lengths: [] };
        run.count += most;
      }
      out.push(rewrite(s, cx, false));
      continue;
    }
    // a counted loop with a bound on each iteration's pushes: one reservation before it, which
    // reads what the loop's bound reads (defined by then, not necessarily at the run's start)
    // (where every path through an iteration pushes at least half the most, as the tape's
    // doubling may leave unused anyway, or at most 4 values more than the fewest: a rare branch
    // that pushes many more keeps its checks; compute-l2norm's loop pushes 1, 3 or 4 values an
    // iteration, and its forward sweep took 5.6 µs with a check in each, 4.0 µs without)
    // (and a general loop with a bound from its header, `for (let n = 1; n <= ITMAX; n++)` that a
    // break may leave: trial50's gammp series, 5.3-6.0x its function with a check in each iteration, 2.1-2.2x without)
    const bounded = (s.k === 'for' || s.k === 'while' || s.k === 'loop') && s.trips !== undefined ? s : undefined;
    const pushes = bounded && checks ? boundedPushes(bounded.body, cx) : undefined;
    const each = pushes && (pushes.most <= 2 * pushes.least || pushes.most - pushes.least <= 4 || s.k !== 'for') ? pushes.most : undefined;
    if (bounded && each !== undefined && each > 0) {
      close();
      const trips = bounded.trips!;
      // (a loop that does not run has a negative or NaN bound: none)
      const some = trips.k === 'num' ? num(Math.max(0, trips.value)) : cond(bin('>', trips, num(0)), trips, num(0));
      run = { at: out.length, count: 0, lengths: [each === 1 ? some : bin('*', some, num(each))] };
      out.push(rewrite(s, cx, false));
      continue;
    }
    const pushed = pushSize(s);
    if (pushed?.array) {
      // an array's length is read where it is pushed (an earlier statement of the run may
      // push into the array): a check of its own
      close();
      out.push(reserve(0, [member(pushed.array, 'length')]), ...rewritePush(s));
      continue;
    }
    if (pushed) {
      run ??= { at: out.length, count: 0, lengths: [] };
      run.count++;
      out.push(...rewritePush(s));
      continue;
    }
    if (s.k === 'expr' && isTape(s.e, 'popArray')) {
      out.push(...popArray(s.e.args[0]!));
      continue;
    }
    const nested = s.k === 'if' || s.k === 'for' || s.k === 'while' || s.k === 'loop' || s.k === 'block';
    const syncing = stmtCalls(s, cx.syncs);
    // (a block holding a call that uses the tape ends the run too: the callee pushes from the top
    // this function wrote back, into the room reserved before it, and the pushes after the
    // block need a check of their own; trial28's recursion left its last saves past the end)
    if (nested && (usesStack([s]) || syncing)) close();
    if (syncing && !nested) {
      close();
      const call = rewrite(s, cx);
      out.push({ k: 'assign', target: tape('top'), op: '=', value: top },
        ...(cx.unwind && stmtCalls(s, cx.unwind.throws) ? guarded(call, cx.unwind) : [call]),
        { k: 'assign', target: stack, op: '=', value: tape('values') },
        ...(cx.moves && stmtCalls(s, cx.moves) ? [{ k: 'assign', target: top, op: '=', value: tape('top') } as TStmt] : []));
      continue;
    }
    if (s.k === 'throw' && cx.unwind) out.push(...unwound(cx.unwind));
    out.push(rewrite(s, cx));
  }
  close();
  return out;
}

/**
 * The most and the fewest values `code` pushes on a path through it, where that is known
 * without running it: no loop that pushes, no array pushed whole, no call that may use the
 * tape, no try. (A `break` or `return` only shortens a path: `least` is then not a bound, and
 * the counted loops it is used for have none.) A recursion of its own, not a walk (eachStmt):
 * an `if` takes the larger and the smaller of its branches, which a visit of each statement
 * in turn cannot tell from a sequence.
 */
function boundedPushes(code: readonly TStmt[], cx: Sync): { most: number; least: number } | undefined {
  let most = 0;
  let least = 0;
  for (const s of code) {
    if (stmtCalls(s, cx.syncs)) return undefined;
    const pushed = pushSize(s);
    if (pushed) {
      if (pushed.array) return undefined;
      most++;
      least++;
      continue;
    }
    switch (s.k) {
      case 'if': {
        const [a, b] = [boundedPushes(s.then, cx), boundedPushes(s.else, cx)];
        if (a === undefined || b === undefined) return undefined;
        most += Math.max(a.most, b.most);
        least += Math.min(a.least, b.least);
        break;
      }
      case 'block': {
        const a = boundedPushes(s.body, cx);
        if (a === undefined) return undefined;
        most += a.most;
        least += a.least;
        break;
      }
      case 'for': case 'while': case 'loop': case 'try':
        if (usesStack([s]) || s.k === 'try') return undefined;
        break;
      default:
        // (a push nested in an expression is not one this pass makes)
        break;
    }
  }
  return { most, least };
}

/** A push statement: one value, or a whole array. */
function pushSize(s: TStmt): { array?: TExpr } | undefined {
  if (s.k !== 'expr' || s.e.k !== 'tape' || !valueOps.has(s.e.op)) return undefined;
  return s.e.op === 'pushArray' ? { array: s.e.args[0]! } : {};
}

function rewritePush(s: TStmt): TStmt[] {
  const e = (s as { e: { op: TapeOp; args: readonly TExpr[] } }).e;
  const arg = e.args[0]!;
  const slot = index(stack, update(TOP, '+=', 1));
  switch (e.op) {
    case 'pushArray':
      // (saveArray: a short array by a loop, where stack.set costs ~15 ns whatever the length)
      return [
        { k: 'expr', e: runtime('saveArray', arg, stack, top) },
        { k: 'assign', target: top, op: '+=', value: member(arg, 'length') },
      ];
    case 'pushBool':
      return [{ k: 'assign', target: slot, op: '=', value: cond(arg, num(1), num(0)) }];
    default:
      return [{ k: 'assign', target: slot, op: '=', value: arg }];
  }
}

function reserve(count: number, lengths: TExpr[]): TStmt {
  const more = lengths.reduce((acc, l) => (acc ? bin('+', acc, l) : l), count > 0 ? num(count) as TExpr : undefined)!;
  return {
    k: 'if', test: bin('>', bin('+', top, more), member(stack, 'length')),
    then: [{ k: 'assign', target: stack, op: '=', value: tape('reserve', top, more) }], else: [], brief: true,
  };
}

/** Rewrites the pops inside a statement, and the blocks nested in it (`checks` false: their pushes are covered). */
function rewrite(s: TStmt, cx: Sync, checks = true): TStmt {
  return mapStmt(s, pops, (b) => block(b, cx, checks));
}

/** `top -= a.length; restore(a, stack, top)`. */
function popArray(a: TExpr): TStmt[] {
  return [
    { k: 'assign', target: top, op: '-=', value: member(a, 'length') },
    { k: 'expr', e: runtime('restore', a, stack, top) },
  ];
}

function pops(x: TExpr): TExpr {
  if (x.k === 'tape' && (x.op === 'pop' || x.op === 'popInt')) return index(stack, update(TOP, '-=', 1, true));
  // (the tape's top, read or set by the sweeps: a split call's records dropped, TapeRecord.dropped)
  if (x.k === 'tape' && x.op === 'top') return top;
  if (x.k === 'tape' && x.op === 'popBool') return bin('!==', index(stack, update(TOP, '-=', 1, true)), num(0));
  return mapChildren(x, pops);
}

/** Whether a statement (or one nested in it) calls a callee satisfying `p` (the program's functions, not the runtime's). */
function stmtCalls(s: TStmt, p: (callee: Callee) => boolean): boolean {
  return stmtHas(s, (e) => e.k === 'call' && p(e.callee));
}

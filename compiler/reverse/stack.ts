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
 *
 * Method calls on the shared tape object cost a field load and store per value, and V8 stops
 * inlining them in large functions; locals stay in registers (measured on RK4: the gradient
 * went from 6.3x to 3.8x its primal). Each straight run of pushes is preceded by one capacity
 * check, `if (top + n > stack.length) stack = tape.reserve(top, n)`. Around a call to a
 * function that may use the tape itself (any but the runtime's kernels, in either sweep: a
 * primal may call a generated gradient), `top` is written back and `stack` reloaded; `top`
 * is written back at the end too.
 */
import { type TExpr, type TStmt, type TapeOp, bin, call, cond, index, isTape, mapChildren, mapStmt, member, name, num, runtime, stmtHas, tape, update } from '../ir/target.js';

export const STACK = 'stack';
export const TOP = 'top';

const stack = name(STACK);
const top = name(TOP);
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
  readonly syncs: (callee: string) => boolean;
  /** Of those, the calls that leave the tape's top elsewhere (split mode's `g_fwd` and `g_rev`): `top` is read back after them. */
  readonly moves?: (callee: string) => boolean;
  readonly unwind?: {
    readonly entryTop: string;
    readonly throws: (callee: string) => boolean;
    /** What else a catch puts back before the tape's top (the caller's adj set aside on the tape). */
    readonly restore?: readonly TStmt[];
  };
}

export function localStack(body: readonly TStmt[], cx: Sync): TStmt[] {
  // (a function that may throw and calls a g_fwd, which leaves the tape higher, keeps the top
  // it found too, though it pushes nothing itself: found by the fuzzer, seed 77031)
  const moves = cx.moves;
  if (!usesStack(body) && !(cx.unwind && moves && body.some((s) => stmtCalls(s, moves)))) return [...body];
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
    { k: 'decl', kind: 'let', name: STACK, init: tape('values') },
    { k: 'decl', kind: 'let', name: TOP, init: tape('top') },
    ...(cx.unwind ? [{ k: 'decl', kind: 'const', name: cx.unwind.entryTop, init: top } as TStmt] : []),
    ...code,
  ];
}

/** `tape.top = entryTop`: the tape as this call found it, before an exception leaves it. */
function unwound(entryTop: string): TStmt {
  return { k: 'assign', target: tape('top'), op: '=', value: name(entryTop) };
}

/** A call that may throw, in a try whose catch gives the tape its top back and throws again. */
function guarded(call: TStmt, entryTop: string, restore: readonly TStmt[] = []): TStmt[] {
  const handler: TStmt[] = [...restore, unwound(entryTop), { k: 'throw', e: name('error') }];
  if (call.k === 'decl' && call.init) {
    return [
      { k: 'decl', kind: 'let', name: call.name, type: 'number' },
      { k: 'try', body: [{ k: 'assign', target: name(call.name), op: '=', value: call.init }], param: 'error', handler },
    ];
  }
  return [{ k: 'try', body: [call], param: 'error', handler }];
}

function usesStack(code: readonly TStmt[]): boolean {
  return code.some((s) => stmtHas(s, (e) => e.k === 'tape' && localOps.has(e.op)));
}

/**
 * One block: its statements rewritten, a capacity check before each straight run of pushes
 * (none where `reserved`: the room was made before, see `reservedLoop`).
 */
function block(code: readonly TStmt[], cx: Sync, reserved = false): TStmt[] {
  const out: TStmt[] = [];
  // The current straight run: where its check goes in `out`, and the room its pushes need.
  let run: { at: number; count: number; lengths: TExpr[] } | undefined;
  const close = () => {
    if (run && !reserved && (run.count > 0 || run.lengths.length > 0)) out.splice(run.at, 0, reserve(run.count, run.lengths));
    run = undefined;
  };
  for (const s of code) {
    const hoisted = s.k === 'for' ? reservedLoop(s, cx) : undefined;
    if (hoisted) {
      close();
      out.push(...hoisted);
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
    if (nested && usesStack([s])) close();
    if (syncing && !nested) {
      close();
      const call = rewrite(s, cx);
      out.push({ k: 'assign', target: tape('top'), op: '=', value: top },
        ...(cx.unwind && stmtCalls(s, cx.unwind.throws) ? guarded(call, cx.unwind.entryTop, cx.unwind.restore) : [call]),
        { k: 'assign', target: stack, op: '=', value: tape('values') },
        ...(cx.moves && stmtCalls(s, cx.moves) ? [{ k: 'assign', target: top, op: '=', value: tape('top') } as TStmt] : []));
      continue;
    }
    if (s.k === 'throw' && cx.unwind) out.push(unwound(cx.unwind.entryTop));
    out.push(rewrite(s, cx));
  }
  close();
  return out;
}

/**
 * A counted loop `for (let i = a; i < b; i += k)` (or `<=`, or down with `>`, `>=`) whose body
 * pushes values in straight code and does nothing else with the tape, calls nothing but Math,
 * never leaves early and writes neither its index nor its bounds: one capacity check before it
 * for all its trips, `count · trips` values (an over-estimate is harmless; a NaN bound makes
 * none, and the loop does not run), instead of one per trip. Undefined for any other statement.
 */
function reservedLoop(s: TStmt & { k: 'for' }, cx: Sync): TStmt[] | undefined {
  if (s.init.k !== 'decl' || !s.init.init || s.update.k !== 'update' || s.update.name !== s.init.name || s.update.by <= 0) return undefined;
  const i = s.init.name;
  const up = s.update.op === '+=';
  if (s.test.k !== 'bin' || s.test.l.k !== 'name' || s.test.l.name !== i) return undefined;
  const op = s.test.op;
  if (up ? op !== '<' && op !== '<=' : op !== '>' && op !== '>=') return undefined;
  const from = s.init.init;
  const to = s.test.r;
  const read = new Set<string>([i]);
  if (!boundRead(from, read) || !boundRead(to, read)) return undefined;
  let count = 0;
  for (const b of s.body) {
    const p = pushSize(b);
    if (p?.array) return undefined;
    if (p) {
      count++;
      continue;
    }
    if (stmtHas(b, (e) => e.k === 'tape')) return undefined;
  }
  if (count === 0) return undefined;
  const allowed = (callee: string) => callee.startsWith('Math.') || callee.startsWith('Number.');
  const writes = (e: TExpr) => (e.k === 'update' && read.has(e.name)) || (e.k === 'call' && (!allowed(e.callee) || read.has(e.callee.split('.')[0]!))) ||
    e.k === 'runtime' || e.k === 'new';
  const leaves = (list: readonly TStmt[]): boolean => list.some((b) => {
    switch (b.k) {
      case 'break': case 'return': case 'throw': case 'try': return true;
      case 'assign': if (b.target.k === 'name' && read.has(b.target.name)) return true; break;
      case 'decl': if (read.has(b.name)) return true; break;
      case 'if': return leaves(b.then) || leaves(b.else);
      case 'for': case 'while': case 'loop': case 'block': if (b.k === 'for' && leaves([b.init])) return true; return leaves(b.body);
      default: break;
    }
    return false;
  });
  if (leaves(s.body) || s.body.some((b) => stmtHas(b, writes))) return undefined;
  const k = s.update.by;
  const span = up ? bin('-', to, from) : bin('-', from, to);
  const stepped = k === 1 ? span : bin('/', span, num(k));
  const inclusive = op === '<=' || op === '>=';
  const trips = stepped.k === 'num' ? num(Math.max(0, inclusive ? Math.floor(stepped.value) + 1 : Math.ceil(stepped.value)))
    : inclusive ? bin('+', call('Math.floor', stepped), num(1)) : call('Math.ceil', stepped);
  const more = count === 1 ? trips : bin('*', num(count), trips);
  return [
    reserveFor(more),
    { ...s, init: rewrite(s.init, cx), body: block(s.body, cx, true) },
  ];
}

/** Whether `e` is a bound `reservedLoop` can count with (numbers, names, an array's length, + - * of them); adds the names it reads to `read`. */
function boundRead(e: TExpr, read: Set<string>): boolean {
  switch (e.k) {
    case 'num': return true;
    case 'name': read.add(e.name); return true;
    case 'member': return e.prop === 'length' && e.object.k === 'name' && boundRead(e.object, read);
    case 'bin': return (e.op === '+' || e.op === '-' || e.op === '*') && boundRead(e.l, read) && boundRead(e.r, read);
    default: return false;
  }
}

/** `if (top + n > stack.length) stack = tape.reserve(top, n)` for an expression n. */
function reserveFor(more: TExpr): TStmt {
  return {
    k: 'if', test: bin('>', bin('+', top, more), member(stack, 'length')),
    then: [{ k: 'assign', target: stack, op: '=', value: tape('reserve', top, more) }], else: [], brief: true,
  };
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

/** Rewrites the pops inside a statement, and the blocks nested in it. */
function rewrite(s: TStmt, cx: Sync): TStmt {
  return mapStmt(s, pops, (b) => block(b, cx));
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
  if (x.k === 'tape' && x.op === 'popBool') return bin('!==', index(stack, update(TOP, '-=', 1, true)), num(0));
  return mapChildren(x, pops);
}

/** Whether a statement (or one nested in it) calls a callee satisfying `p` (the program's functions, not the runtime's). */
function stmtCalls(s: TStmt, p: (callee: string) => boolean): boolean {
  return stmtHas(s, (e) => e.k === 'call' && p(e.callee));
}

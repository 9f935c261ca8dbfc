/**
 * Loops: a `for` with an integer index, a bound it does not change and no jump out of it is a
 * counted loop (reversed by counting back); any other loop is a `while` whose trip count the reverse
 * sweep replays.
 */
import ts from '../typescript.cjs';
import { isRowsParam } from '../row-arrays.js';
import { isLocalRowsName } from '../local-rows.js';
import type { Atom, Block, Stmt, Var } from '../../ir/types.js';
import { atomType, constAtom } from '../builder.js';
import { type Checkpoint, checkpointDirective, checkpointable, notCounted } from '../checkpoint.js';
import { type Binding, lowerExpr } from '../expressions.js';
import { assignedSymbols, foldBoolean, foldConstant, resizedArrays, skipParens } from '../facts.js';
import { type Exits, none, type LoopFrame, type LoweringState } from './state.js';
import { bool } from './conditions.js';
import { declarations } from './declarations.js';
import { effect } from './expression-statements.js';
import { lowerList, noneSet, jumpFlag, statementsOf, leavesLoop } from './jumps.js';

/** A `for`, `while` or `do … while` loop: counted when it can be (countedFor), else general. */
export function loop(cx: LoweringState, s: ts.ForStatement | ts.WhileStatement | ts.DoStatement, label: string | undefined): Exits {
  const { b } = cx;
  const header = ts.isForStatement(s)
    ? `for (${s.initializer?.getText(b.sf) ?? ''}; ${s.condition?.getText(b.sf) ?? ''}; ${s.incrementor?.getText(b.sf) ?? ''})`
    : ts.isWhileStatement(s) ? `while (${s.expression.getText(b.sf)})` : `do … while (${s.expression.getText(b.sf)})`;
  b.loc = b.locOf(s, header);
  const loc = b.loc;
  // (a switch or a labelled block around the loop is no loop: its case runs at most once per call, fuzz58)
  const checkpoint = checkpointDirective(b, s, cx.loops.some((l) => !l.isSwitch && !l.isBlock));
  // (`while (DEBUG)` of a module constant that is false: never runs, nothing to lower)
  if (ts.isWhileStatement(s) && foldBoolean(s.expression, cx.checker) === false) return none;
  if (ts.isForStatement(s)) {
    const counted = countedFor(cx, s, label, loc, checkpoint);
    if (counted) return counted;
    if (checkpoint) notCounted(b, s);
    if (s.initializer) {
      if (ts.isVariableDeclarationList(s.initializer)) declarations(cx, s.initializer);
      else effect(cx, s.initializer);
    }
  }
  const condExpr = ts.isForStatement(s) ? s.condition : s.expression;
  let test = condExpr && (() => bool(cx, lowerExpr(cx, condExpr), condExpr));
  const incrementor = ts.isForStatement(s) ? s.incrementor : undefined;
  let bodyStmts = statementsOf(s.statement);
  // `if (j < 0) break;` first in the body (after constants it reads): part of the loop's test
  const guards = ts.isDoStatement(s) ? undefined : leadingGuards(cx, bodyStmts, label);
  if (guards) {
    const before = test;
    test = () => guardedTest(cx, before, guards);
    bodyStmts = [...guards.decls.map((d) => d.statement), ...bodyStmts.slice(guards.end)];
  }
  const most = ts.isForStatement(s) ? headerBound(cx, s) : undefined;
  return generalLoop(cx, label, loc, bodyStmts, ts.isDoStatement(s)
    ? { doTest: test! }
    : { ...(test ? { test } : {}), ...(incrementor ? { step: () => effect(cx, incrementor) } : {}), ...(most !== undefined ? { most } : {}) });
}

/** The most iterations the forward sweep reserves the tape for before a loop, in one go (reverse/stack.ts). */
const MOST_RESERVED = 10_000;

/**
 * How many times at most the test of `for (let n = c0; n <= C; n++)` passes, where a `break`
 * (or a guard) may leave it earlier: its index starts at a constant, steps by a constant, is
 * compared with a constant (one conjunct of the test is enough, `n <= ITMAX && err > tol`), and
 * is assigned nowhere else (Numerical Recipes' `for (let n = 1; n <= ITMAX; n++) { …; if
 * (Math.abs(del) < Math.abs(sum) * EPS) break; }`, trial50 finding 5). Undefined where any of
 * that is not so, or the bound is over MOST_RESERVED.
 */
function headerBound(cx: LoweringState, s: ts.ForStatement): number | undefined {
  const { checker } = cx;
  if (!s.initializer || !ts.isVariableDeclarationList(s.initializer) || !s.condition || !s.incrementor) return undefined;
  const inc = skipParens(s.incrementor);
  // (the index and its step: n++, ++n, n += k; n--, --n, n -= k)
  let id: ts.Identifier | undefined;
  let step: number | undefined;
  if ((ts.isPostfixUnaryExpression(inc) || ts.isPrefixUnaryExpression(inc)) && ts.isIdentifier(skipParens(inc.operand))) {
    id = skipParens(inc.operand) as ts.Identifier;
    step = inc.operator === ts.SyntaxKind.PlusPlusToken ? 1 : inc.operator === ts.SyntaxKind.MinusMinusToken ? -1 : undefined;
  } else if (ts.isBinaryExpression(inc) && ts.isIdentifier(skipParens(inc.left))) {
    id = skipParens(inc.left) as ts.Identifier;
    const k = foldConstant(inc.right, checker);
    step = k === undefined || !(k > 0) ? undefined : inc.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken ? k : inc.operatorToken.kind === ts.SyntaxKind.MinusEqualsToken ? -k : undefined;
  }
  if (!id || step === undefined) return undefined;
  const symbol = checker.getSymbolAtLocation(id);
  const decl = s.initializer.declarations.find((d) => ts.isIdentifier(d.name) && checker.getSymbolAtLocation(d.name) === symbol);
  const from = decl?.initializer && foldConstant(decl.initializer, checker);
  if (!symbol || from === undefined || !Number.isFinite(from) || assignedSymbols(s.statement, checker).has(symbol)) return undefined;
  // (a conjunct n < C, n <= C, C > n, C >= n, or, counting down, n > C, n >= C, …)
  const conjuncts = (e: ts.Expression): ts.Expression[] => {
    const x = skipParens(e);
    return ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ? [...conjuncts(x.left), ...conjuncts(x.right)] : [x];
  };
  const isId = (e: ts.Expression) => ts.isIdentifier(skipParens(e)) && checker.getSymbolAtLocation(skipParens(e)) === symbol;
  const K = ts.SyntaxKind;
  // (C > n is n < C)
  const flipped = new Map([[K.LessThanToken, K.GreaterThanToken], [K.LessThanEqualsToken, K.GreaterThanEqualsToken], [K.GreaterThanToken, K.LessThanToken], [K.GreaterThanEqualsToken, K.LessThanEqualsToken]]);
  const bounds = conjuncts(s.condition).flatMap((c) => {
    if (!ts.isBinaryExpression(c)) return [];
    const k = c.operatorToken.kind;
    const [right, op] = isId(c.left) ? [c.right, k] : isId(c.right) ? [c.left, flipped.get(k) ?? k] : [];
    if (!right) return [];
    const to = foldConstant(right, checker);
    if (to === undefined || !Number.isFinite(to)) return [];
    const up = op === ts.SyntaxKind.LessThanToken || op === ts.SyntaxKind.LessThanEqualsToken;
    const down = op === ts.SyntaxKind.GreaterThanToken || op === ts.SyntaxKind.GreaterThanEqualsToken;
    if ((up && step > 0) || (down && step < 0)) return [Math.max(0, Math.floor((to - from) / step) + 1)];
    return [];
  });
  const most = bounds.length > 0 ? Math.min(...bounds) : undefined;
  return most !== undefined && most <= MOST_RESERVED ? most : undefined;
}

interface Guards {
  /** The constants declared before the last guard, which the guards may read (lowered again in the body). */
  readonly decls: readonly { readonly statement: ts.VariableStatement; readonly d: ts.VariableDeclaration }[];
  /** In order: a constant to bind, or a guard's condition (leave when true). */
  readonly items: readonly ({ readonly d: ts.VariableDeclaration } | { readonly leave: ts.Expression })[];
  /** Index of the first body statement after the last guard. */
  readonly end: number;
}

/**
 * The guards that open a loop's body: `if (c) break;` (of this loop), possibly after `const`
 * declarations, while everything they read is arithmetic on numbers (no call, no element read,
 * no assignment), so evaluating it once more when the loop's own test has failed changes
 * nothing. Such a guard is the loop's test (`while (test && !c)`): the loop then has no break
 * flag, and its reverse sweep replays a trip count instead of a decision per iteration (trial31's
 * FIR filter, `for (i…) { const j = n - i; if (j < 0) break; … }`: 6.5x the primal, 3.0x with the
 * bound in the condition).
 */
function leadingGuards(cx: LoweringState, stmts: readonly ts.Statement[], label: string | undefined): Guards | undefined {
  const items: ({ d: ts.VariableDeclaration } | { leave: ts.Expression })[] = [];
  let lastGuard = -1;
  const decls: { statement: ts.VariableStatement; d: ts.VariableDeclaration }[] = [];
  let end = 0;
  for (let i = 0; i < stmts.length; i++) {
    const st = stmts[i]!;
    if (ts.isVariableStatement(st)) {
      const list = st.declarationList;
      if (!(list.flags & ts.NodeFlags.Const) || list.declarations.length !== 1) break;
      const d = list.declarations[0]!;
      if (!ts.isIdentifier(d.name) || !d.initializer || !pureArithmetic(cx, d.initializer)) break;
      items.push({ d });
      decls.push({ statement: st, d });
      continue;
    }
    if (!ts.isIfStatement(st) || st.elseStatement) break;
    const then = statementsOf(st.thenStatement);
    const jump = then.length === 1 ? then[0]! : undefined;
    if (!jump || !ts.isBreakStatement(jump) || (jump.label && jump.label.text !== label)) break;
    if (!pureArithmetic(cx, st.expression)) break;
    items.push({ leave: st.expression });
    lastGuard = items.length - 1;
    end = i + 1;
  }
  if (end === 0) return undefined;
  const kept = decls.filter(({ statement }) => stmts.indexOf(statement) < end);
  return { decls: kept, items: items.slice(0, lastGuard + 1), end };
}

/** Numbers and booleans, their arithmetic and comparisons, `&&`, `||`, `!`, and `.length` of a variable (pureIndexExpression's, wider). */
function pureArithmetic(cx: LoweringState, e: ts.Expression): boolean {
  const x = skipParens(e);
  if (ts.isNumericLiteral(x)) return true;
  if (ts.isIdentifier(x)) {
    const t = cx.checker.getTypeAtLocation(x);
    return (t.flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike)) !== 0 && x.text !== 'undefined';
  }
  if (ts.isPrefixUnaryExpression(x)) {
    return (x.operator === ts.SyntaxKind.MinusToken || x.operator === ts.SyntaxKind.PlusToken || x.operator === ts.SyntaxKind.ExclamationToken) && pureArithmetic(cx, x.operand);
  }
  if (ts.isPropertyAccessExpression(x)) return x.name.text === 'length' && ts.isIdentifier(x.expression);
  if (ts.isBinaryExpression(x)) return guardOperators.has(x.operatorToken.kind) && pureArithmetic(cx, x.left) && pureArithmetic(cx, x.right);
  return false;
}

/**
 * The loop's test with its opening guards: `test && !c1 && !c2 …`, the constants before them bound
 * for the guards to read (the body declares them again: they are the body's own).
 */
function guardedTest(cx: LoweringState, test: (() => Atom) | undefined, guards: Guards): Atom {
  const { b } = cx;
  let cond = test ? test() : undefined;
  const bound: [ts.Symbol, Binding | undefined][] = [];
  for (const item of guards.items) {
    if ('d' in item) {
      const symbol = cx.checker.getSymbolAtLocation(item.d.name)!;
      const a = lowerExpr(cx, item.d.initializer!);
      let v: Var;
      if (a.kind === 'var') v = a.v;
      else {
        v = b.generatedVar((item.d.name as ts.Identifier).text, atomType(a), false);
        b.assign(v, a, true);
      }
      bound.push([symbol, cx.scope.get(symbol)]);
      cx.scope.set(symbol, { kind: 'var', v });
      continue;
    }
    const stay = b.eq('not', [bool(cx, lowerExpr(cx, item.leave), item.leave)]);
    cond = cond && !(cond.kind === 'const' && cond.value === true) ? b.eq('and', [cond, stay]) : stay;
  }
  for (const [symbol, before] of bound.reverse()) {
    if (before) cx.scope.set(symbol, before);
    else cx.scope.delete(symbol);
  }
  return cond!;
}

/**
 * Any loop, as a `while` whose trip count the reverse sweep replays: `test` is evaluated
 * before each iteration (none: `true`), `head` starts each iteration, `step` ends it unless a
 * jump left the body (a `for`'s update), `advance` ends it in every case (nothing after the
 * loop reads what it writes), and `doTest` is a `do … while` condition, after the body.
 */
export function generalLoop(cx: LoweringState, label: string | undefined, loc: Stmt['loc'], bodyStmts: readonly ts.Statement[], parts: {
  test?: () => Atom; head?: () => void; step?: () => void; advance?: () => void; doTest?: () => Atom;
  /** At most this many iterations pass the test (headerBound). */
  most?: number;
}): Exits {
  const { b } = cx;
  const frame: LoopFrame = { label };
  cx.loops.push(frame);
  const isDo = parts.doTest !== undefined;
  let cond: Atom = constAtom(true);
  const pre: Stmt[] = isDo ? [] : [...b.block(() => {
    b.loc = loc;
    cond = parts.test ? parts.test() : constAtom(true);
  }, true)];
  let bodyEx = none;
  let body: Stmt[] = [...b.block(() => {
    if (parts.head) { b.loc = loc; parts.head(); }
    bodyEx = lowerList(cx, bodyStmts, 0);
  }, true)];
  cx.loops.pop();
  // Jumps that leave this loop: its own breaks, outer breaks and continues, returns.
  const leaving = new Set([...bodyEx.flags].filter((f) => f !== frame.cnt));
  const tail = (fill: () => void) => {
    const part = b.block(() => { b.loc = loc; fill(); }, true);
    if (part.length === 0) return;
    if (leaving.size === 0) body.push(...part);
    else {
      let guarded: Block = [];
      const g = b.block(() => { const c = noneSet(cx, leaving); guarded = [{ kind: 'if', cond: c, then: part, else: [], loc }]; }, true);
      body.push(...g, ...guarded);
    }
  };
  if (parts.step) tail(parts.step);
  if (parts.advance) body.push(...b.block(() => { b.loc = loc; parts.advance!(); }, true));
  if (parts.doTest) {
    frame.brk ??= jumpFlag(cx, `brk${label ? '_' + label : ''}`);
    leaving.add(frame.brk);
    const brk = frame.brk;
    const doTest = parts.doTest;
    tail(() => {
      const c = doTest();
      b.emit({ kind: 'if', cond: b.eq('not', [c]), then: [{ kind: 'assign', target: brk, value: constAtom(true), decl: false, loc }], else: [], loc });
    });
  }
  if (frame.cnt) body = [{ kind: 'assign', target: frame.cnt, value: constAtom(false), decl: false, loc }, ...body];
  // (re)set on entry; no reverse sweep reads a flag, so this is a declaration, not an overwrite
  if (frame.brk) b.assign(frame.brk, constAtom(false), true);
  if (leaving.size > 0) {
    const c0 = cond;
    pre.push(...b.block(() => {
      b.loc = loc;
      const free = noneSet(cx, leaving);
      cond = c0.kind === 'const' ? free : b.eq('and', [free, c0]);
    }, true));
  }
  b.emit({ kind: 'while', pre, cond, body, ...(parts.most !== undefined ? { most: parts.most } : {}), loc });
  // What leaves this loop and the enclosing ones still needs guarding after it.
  const outward = new Set([...leaving].filter((f) => f !== frame.brk));
  return { always: false, flags: outward };
}

/**
 * `for (let i = a; i < b; i++)` (or `<=`, `>`, `>=`, `+= k`, `-= k`) with an integer start,
 * a bound the loop does not change, an index the body does not assign and no `break` or
 * `return` out of it: a counted loop, reversed by counting back.
 */
function countedFor(cx: LoweringState, s: ts.ForStatement, label: string | undefined, loc: Stmt['loc'], checkpoint?: Checkpoint): Exits | undefined {
  const { checker } = cx;
  const init = s.initializer && (ts.isVariableDeclarationList(s.initializer) ? s.initializer : skipParens(s.initializer));
  // `let i = a` (or a `var` only the loop uses), else `i = a` or a `var` read after the loop:
  // a variable of the function, which gets the index's last value after the loop
  let id: ts.Identifier;
  let start: ts.Expression;
  // (`for (var i = 0, z = 0; …)`: the index first, the others declared after its start)
  let others: readonly ts.VariableDeclaration[] = [];
  if (init && ts.isVariableDeclarationList(init)) {
    const d = init.declarations[0]!;
    if (init.flags & ts.NodeFlags.Const || !ts.isIdentifier(d.name) || !d.initializer) return undefined;
    others = init.declarations.slice(1);
    if (others.some((o) => !ts.isIdentifier(o.name))) return undefined;
    id = d.name;
    start = d.initializer;
  } else if (init && ts.isBinaryExpression(init) && init.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(skipParens(init.left))) {
    id = skipParens(init.left) as ts.Identifier;
    start = init.right;
  } else return undefined;
  if (!s.condition || !s.incrementor) return undefined;
  const symbol = checker.getSymbolAtLocation(id);
  if (!symbol) return undefined;
  const declared = ts.isVariableDeclarationList(init) && (init.flags & ts.NodeFlags.Let || cx.varPlans.get(symbol) === 'block');
  const outerBinding = declared ? undefined : cx.scope.get(symbol);
  if (!declared && (outerBinding?.kind !== 'var' || outerBinding.v.type !== 'int')) return undefined;
  const outer = outerBinding?.kind === 'var' ? outerBinding.v : undefined;
  const step = stepOf(s.incrementor, symbol, checker);
  const test = skipParens(s.condition);
  if (step === undefined || !ts.isBinaryExpression(test)) return undefined;
  // `i + k < n` is `i < n - k`
  let left = skipParens(test.left);
  let shift = 0;
  if (ts.isBinaryExpression(left) && ts.isNumericLiteral(skipParens(left.right)) &&
      (left.operatorToken.kind === ts.SyntaxKind.PlusToken || left.operatorToken.kind === ts.SyntaxKind.MinusToken)) {
    shift = Number((skipParens(left.right) as ts.NumericLiteral).text) * (left.operatorToken.kind === ts.SyntaxKind.PlusToken ? 1 : -1);
    if (!Number.isInteger(shift)) return undefined;
    left = skipParens(left.left);
  }
  if (!ts.isIdentifier(left) || checker.getSymbolAtLocation(left) !== symbol) return undefined;
  const op = test.operatorToken.kind;
  const up = op === ts.SyntaxKind.LessThanToken || op === ts.SyntaxKind.LessThanEqualsToken;
  const down = op === ts.SyntaxKind.GreaterThanToken || op === ts.SyntaxKind.GreaterThanEqualsToken;
  if (!(up && step > 0) && !(down && step < 0)) return undefined;
  const inBody = assignedSymbols(s.statement, checker);
  if (inBody.has(symbol) || leavesLoop(s.statement, label)) return undefined;
  // a bound that reads the index, or anything the body writes (or an array it pushes onto), is no bound
  if (!invariant(test.right, new Set([...inBody, symbol, ...resizedArrays(s.statement, checker)]), checker)) return undefined;
  // (a `let` index is an integer when its start is: `for (let i = k; …)` inside a loop over k)
  if (!declared && !cx.integers.has(symbol)) return undefined;
  // (the last value is simple to give for steps of one)
  if (outer && Math.abs(step) !== 1) return undefined;

  const from = lowerExpr(cx, start);
  if (atomType(from) !== 'int') {
    // `for (let k = n - 1; k >= 0; k--)` with n a number parameter: counted where n is an integer
    if (others.length > 0 || !declared || checkpoint || cx.generalOnly || from.kind === 'const' || !pureIndexExpression(start) || !indexOnly(symbol, s.statement, checker)) return undefined;
    return countedWhereInteger(cx, s, label, loc, from, (fromInt) => countedFrom(cx, s, id, symbol, test, shift, step, op, fromInt, label, loc));
  }
  // (the index's start, then the others' initializers, then the bound, as JavaScript
  // evaluates them: a bound may read one of the others, `for (var i = 0, n = a.length; i < n; i++)`)
  if (others.length > 0) declarations(cx, others);
  return countedFrom(cx, s, id, symbol, test, shift, step, op, from, label, loc, checkpoint, outer, outerBinding);
}

/**
 * A `for` that is a counted loop when its start, a number, holds an integer, and whose index
 * reaches only array indices and comparisons (so that it carries no derivative): the counted
 * loop under `if (Number.isInteger(start))`, else the loop as any loop (a start such as
 * `n - 1` of a parameter n: counting back needs no tape, where a general loop tapes what each
 * iteration's index reads).
 */
function countedWhereInteger(cx: LoweringState, s: ts.ForStatement, label: string | undefined, loc: Stmt['loc'], from: Atom, counted: (fromInt: Atom) => Exits): Exits {
  const { b } = cx;
  b.loc = loc;
  const isInt = b.eq('isinteger', [from]);
  const then = b.block(() => {
    b.loc = loc;
    counted(b.eq('trunc', [from]));
  });
  let exits = none;
  const els = b.block(() => {
    const before = cx.generalOnly;
    cx.generalOnly = true;
    try {
      const init = s.initializer as ts.VariableDeclarationList;
      declarations(cx, init);
      const condition = s.condition!;
      const incrementor = s.incrementor!;
      exits = generalLoop(cx, label, loc, statementsOf(s.statement), {
        test: () => bool(cx, lowerExpr(cx, condition), condition),
        step: () => effect(cx, incrementor),
      });
    } finally {
      cx.generalOnly = before;
    }
  });
  b.emit({ kind: 'if', cond: isInt, then, else: els, loc });
  return exits;
}

/** The counted loop of `countedFor`, from `from` (an integer). */
function countedFrom(cx: LoweringState, s: ts.ForStatement, id: ts.Identifier, symbol: ts.Symbol, test: ts.BinaryExpression, shift: number, step: number, op: ts.SyntaxKind,
  from: Atom, label: string | undefined, loc: Stmt['loc'], checkpoint?: Checkpoint, outer?: Var, outerBinding?: Binding): Exits {
  const { b } = cx;
  const bound = lowerExpr(cx, test.right);
  const to = shift === 0 ? bound : b.eq(shift > 0 ? 'sub' : 'add', [bound, constAtom(Math.abs(shift))]);
  const index = b.newVar(id.text, 'int', 'local', false);
  cx.scope.set(symbol, { kind: 'var', v: index });
  const frame: LoopFrame = { label };
  cx.loops.push(frame);
  let body: Stmt[] = [...b.block(() => lowerList(cx, statementsOf(s.statement), 0), true)];
  cx.loops.pop();
  if (frame.cnt) body = [{ kind: 'assign', target: frame.cnt, value: constAtom(false), decl: false, loc }, ...body];
  const inclusive = op === ts.SyntaxKind.LessThanEqualsToken || op === ts.SyntaxKind.GreaterThanEqualsToken;
  if (checkpoint) checkpointable(b, s, body, index);
  b.emit({ kind: 'for', index, from, to, step, inclusive, body, loc, ...(checkpoint ? { checkpoint } : {}) });
  if (outer) {
    // the value the loop leaves in i: max(from, to) for i < to, max(from, to + 1) for i <= to (and down)
    cx.scope.set(symbol, outerBinding!);
    b.loc = loc;
    const known = (a: Atom) => (a.kind === 'const' && a.named === undefined ? a.value as number : undefined);
    const t = known(to);
    const end = !inclusive ? to : t !== undefined ? constAtom(t + step) : b.eq(step > 0 ? 'add' : 'sub', [to, constAtom(1)]);
    const [f, e] = [known(from), known(end)];
    b.assign(outer, f !== undefined && e !== undefined ? constAtom(step > 0 ? Math.max(f, e) : Math.min(f, e)) : b.eq(step > 0 ? 'max' : 'min', [from, end]));
  }
  return none;
}

/** `i++`, `++i`, `i += 2`, `i--`, `i -= 1`: the step; undefined for any other update. */
function stepOf(e: ts.Expression, symbol: ts.Symbol, checker: ts.TypeChecker): number | undefined {
  e = skipParens(e);
  const isI = (x: ts.Expression) => { const y = skipParens(x); return ts.isIdentifier(y) && checker.getSymbolAtLocation(y) === symbol; };
  if ((ts.isPostfixUnaryExpression(e) || ts.isPrefixUnaryExpression(e)) && isI(e.operand)) {
    if (e.operator === ts.SyntaxKind.PlusPlusToken) return 1;
    if (e.operator === ts.SyntaxKind.MinusMinusToken) return -1;
  }
  if (ts.isBinaryExpression(e) && isI(e.left)) {
    const r = skipParens(e.right);
    if (!ts.isNumericLiteral(r)) return undefined;
    const k = Number(r.text);
    if (!Number.isInteger(k) || k <= 0) return undefined;
    if (e.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) return k;
    if (e.operatorToken.kind === ts.SyntaxKind.MinusEqualsToken) return -k;
  }
  return undefined;
}

/** Names, numbers, `.length` and + - * % of them: an expression that reads nothing twice differently and writes nothing. */
function pureIndexExpression(e: ts.Expression): boolean {
  e = skipParens(e);
  if (ts.isIdentifier(e) || ts.isNumericLiteral(e)) return true;
  if (ts.isPropertyAccessExpression(e)) return e.name.text === 'length' && ts.isIdentifier(skipParens(e.expression));
  if (ts.isPrefixUnaryExpression(e)) return (e.operator === ts.SyntaxKind.MinusToken || e.operator === ts.SyntaxKind.PlusToken) && pureIndexExpression(e.operand);
  if (ts.isBinaryExpression(e)) return indexArithmetic.has(e.operatorToken.kind) && pureIndexExpression(e.left) && pureIndexExpression(e.right);
  return false;
}

const indexArithmetic: ReadonlySet<ts.SyntaxKind> = new Set([ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.PercentToken]);
const bitwiseOperatorKinds: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.AmpersandToken, ts.SyntaxKind.BarToken, ts.SyntaxKind.CaretToken, ts.SyntaxKind.LessThanLessThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanToken, ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
]);
const comparisons: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken,
]);
/** What a guard folded into a loop's test may compute (leadingGuards). */
const guardOperators: ReadonlySet<ts.SyntaxKind> = new Set([
  ...indexArithmetic, ...comparisons, ts.SyntaxKind.SlashToken, ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken,
]);

/**
 * Whether the value of `symbol` reaches, in `scope`, nothing but array indices and comparisons:
 * directly, through + - * %, or through `let`/`const` variables given or assigned a value made
 * from it that do the same (`for (let i = k; …) a[i * n + k]`). Such a value carries no
 * derivative, so an index holding it can be an integer of the IR whatever its start.
 */
function indexOnly(symbol: ts.Symbol, scope: ts.Node, checker: ts.TypeChecker, seen = new Set<ts.Symbol>()): boolean {
  if (seen.has(symbol)) return true;
  seen.add(symbol);
  const through = (target: ts.Node): boolean => {
    if (!ts.isIdentifier(target)) return false;
    const s = checker.getSymbolAtLocation(target);
    const d = s?.valueDeclaration;
    if (!s || !d || !ts.isVariableDeclaration(d) || !ts.isVariableDeclarationList(d.parent) || !(d.parent.flags & ts.NodeFlags.BlockScoped)) return false;
    const holder = d.parent.parent;
    const within = ts.isForStatement(holder) || ts.isForOfStatement(holder) ? holder : holder.parent;
    return within !== undefined && indexOnly(s, within, checker, seen);
  };
  const use = (id: ts.Identifier): boolean => {
    let node: ts.Node = id;
    for (;;) {
      const p = node.parent;
      if (ts.isParenthesizedExpression(p)) { node = p; continue; }
      if (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) {
        const o = p.operator;
        if (o === ts.SyntaxKind.PlusPlusToken || o === ts.SyntaxKind.MinusMinusToken) {
          // (i++ as a statement or a for's update; its value used otherwise is followed on)
          if (ts.isExpressionStatement(p.parent) || (ts.isForStatement(p.parent) && p.parent.incrementor === p)) return true;
          node = p;
          continue;
        }
        if (o === ts.SyntaxKind.MinusToken || o === ts.SyntaxKind.PlusToken) { node = p; continue; }
        return o === ts.SyntaxKind.TildeToken;
      }
      if (ts.isBinaryExpression(p)) {
        const k = p.operatorToken.kind;
        if (indexArithmetic.has(k)) { node = p; continue; }
        if (comparisons.has(k)) return true;
        if (bitwiseOperatorKinds.has(k)) return true;
        if (k === ts.SyntaxKind.EqualsToken || k === ts.SyntaxKind.PlusEqualsToken || k === ts.SyntaxKind.MinusEqualsToken) {
          // (assigned: what it is assigned to is read as the index is; j = … and j += … themselves write j)
          if (p.left === node) return true;
          return through(skipParens(p.left));
        }
        return false;
      }
      if (ts.isElementAccessExpression(p)) return p.argumentExpression === node;
      if (ts.isVariableDeclaration(p)) return p.initializer === node && through(p.name);
      return false;
    }
  };
  let ok = true;
  const visit = (n: ts.Node): void => {
    if (!ok) return;
    if (ts.isIdentifier(n) && checker.getSymbolAtLocation(n) === symbol && !(ts.isVariableDeclaration(n.parent) && n.parent.name === n)) {
      if (!use(n)) ok = false;
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(scope);
  return ok;
}

/** The loop bound reads nothing the loop writes, and calls nothing but Math. */
function invariant(e: ts.Expression, written: Set<ts.Symbol>, checker: ts.TypeChecker): boolean {
  let ok = true;
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) {
      const s = checker.getSymbolAtLocation(n);
      if (s && written.has(s)) ok = false;
    }
    if (ts.isCallExpression(n) || ts.isElementAccessExpression(n)) ok = false;
    // (`A[i].length` of an array of rows: no row is replaced, row-arrays.ts; of a local one the
    // loop does not rebind or grow either, local-rows.ts)
    const rows = ts.isPropertyAccessExpression(n) && n.name.text === 'length' && ts.isElementAccessExpression(n.expression) ? n.expression.expression : undefined;
    if (rows && (isRowsParam(rows, checker) || (isLocalRowsName(rows, checker) && !written.has(checker.getSymbolAtLocation(rows)!)))) {
      visit((n as ts.PropertyAccessExpression & { expression: ts.ElementAccessExpression }).expression.argumentExpression);
      return;
    }
    if (ts.isPropertyAccessExpression(n)) { visit(n.expression); return; }
    ts.forEachChild(n, visit);
  };
  visit(e);
  return ok;
}

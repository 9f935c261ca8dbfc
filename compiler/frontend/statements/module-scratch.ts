/**
 * Module-level scratch buffers (issue 13's "scratch buffers", the fuzzer's moduleScratch): a
 * `const S = new Float64Array(3)` (or `new Array(3).fill(0)`, `[0, 0, 0]`) of the module that a
 * function fills before it reads it,
 *
 *   const tmp = new Float64Array(3);
 *   export function f(x: Float64Array): number {
 *     for (let i = 0; i < 3; i++) tmp[i] = x[i] * x[i];
 *     return tmp[0] + tmp[1] * tmp[2];
 *   }
 *
 * is what JavaScript would give a local array: no value of an earlier call is read, since the
 * function writes every element before it reads any. Such a function's uses of the buffer are
 * lowered as a local array of its own (allocated where it starts, with the buffer's length),
 * which the reverse sweep gives an adjoint and a tape as any local. The generated module does
 * not write the source module's buffer (it cannot reach it: it is not exported).
 *
 * A function qualifies when, at its top level and before any other use of the buffer, it writes
 * every element: `S.fill(e)`, a counted loop `for (let i = 0; i < n; i++) … S[i] = e …` over the
 * buffer's length (the store unconditional, at the loop body's top level), or `S[k] = e` for each
 * constant k; the values written read no element of it. Then the buffer is only indexed, its
 * length read, filled, passed to a helper (which writes and reads the local) or iterated by
 * `for … of`. It must call no function of the project that uses the buffer itself (that one's
 * writes are what the caller would read after the call). Otherwise it is refused as before
 * (TSG1008, a module-level array that its module writes into), with the reason.
 */
import ts from '../typescript.cjs';
import { constAtom } from '../builder.js';
import { foldConstant, isAssignmentOperator, isIncrement, skipParens } from '../facts.js';
import type { LoweringState } from './state.js';

/** Why a function may not take a buffer for a local array of its own, and what to write instead. */
export interface Refusal {
  readonly why: string;
  readonly hint: string;
}

/** A module-level buffer: its declaration, length and kind. */
interface Buffer {
  readonly symbol: ts.Symbol;
  readonly decl: ts.VariableDeclaration;
  readonly length: number;
  readonly ctor: 'Float64Array' | 'Array';
  /** Exported: another module may read it (refused, with that said). */
  readonly exported?: boolean;
}

/**
 * The module's scratch buffers the function uses, each bound to a local array of its own
 * (allocated here, where the function starts); the reason for each it uses otherwise, to be
 * reported where it is read (the table's refusal: expressions.ts tableBinding).
 */
export function scratchBuffers(cx: LoweringState): void {
  const { b, checker, fn } = cx;
  if (!fn.body) return;
  const used = new Map<ts.Symbol, Buffer>();
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) {
      const s = checker.getSymbolAtLocation(n);
      if (s && !used.has(s) && !cx.scope.has(s)) {
        const buffer = bufferOf(s, fn.getSourceFile(), checker);
        if (buffer) used.set(s, buffer);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(fn.body);
  for (const buffer of used.values()) {
    const name = buffer.symbol.getName();
    if (buffer.exported) {
      if (writes(fn.body, buffer.symbol, checker)) {
        cx.scratchRefusals.set(buffer.symbol, { why: `is exported: another module may read what it holds after a call, which a local array of '${nameOf(fn)}' would not give`,
          hint: `keep the buffer to its module (const ${name} = …, not exported), or allocate it inside the function` });
      }
      continue;
    }
    // (one it only reads is a table its module changes elsewhere, refused as such: expressions.ts
    // moduleTable; one it passes to a helper without writing it whole first: trial49 finding 1)
    if (!writes(fn.body, buffer.symbol, checker)) {
      const alias = aliased(fn.body, buffer.symbol, checker);
      if (alias) {
        cx.scratchRefusals.set(buffer.symbol, { why: `'${nameOf(fn)}' holds under another name (${lineOf(alias, fn.getSourceFile())}): tsgrad follows a module buffer by its own name`,
          hint: `use ${name} itself, or allocate a local array: const ${alias.getText()} = new Float64Array(${buffer.length})` });
      } else if (passed(fn.body, buffer.symbol, checker)) {
        cx.scratchRefusals.set(buffer.symbol, { why: `'${nameOf(fn)}' passes to a helper before writing it whole itself: tsgrad does not tell which elements the helper writes, so a call may read what an earlier call left in it`,
          hint: `write ${name}.fill(0) before the call, or allocate it inside the function` });
      }
      continue;
    }
    const why = disqualified(cx, buffer);
    if (why) {
      cx.scratchRefusals.set(buffer.symbol, why);
      continue;
    }
    const v = b.newVar(buffer.symbol.getName(), 'f64[]', 'local', false);
    b.emit({ kind: 'alloc', target: v, ctor: buffer.ctor, length: constAtom(buffer.length), ...(buffer.ctor === 'Array' ? { fill: constAtom(0) } : { scratch: true }), loc: b.loc });
    cx.scope.set(buffer.symbol, { kind: 'var', v });
  }
}

/** `s` as a buffer of `sf`'s module: a `const` at its top level, not exported, a new array of a constant length its module writes into. */
function bufferOf(s: ts.Symbol, sf: ts.SourceFile, checker: ts.TypeChecker): Buffer | undefined {
  const decl = s.valueDeclaration;
  if (!decl || !ts.isVariableDeclaration(decl) || decl.getSourceFile() !== sf || !ts.isIdentifier(decl.name) || !decl.initializer) return undefined;
  const list = decl.parent;
  if (!ts.isVariableDeclarationList(list) || !(list.flags & ts.NodeFlags.Const) || !ts.isVariableStatement(list.parent) || list.parent.parent !== sf) return undefined;
  const exported = list.parent.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ? { exported: true } : {};
  const init = skipParens(decl.initializer);
  // new Float64Array(n)
  if (ts.isNewExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'Float64Array' && init.arguments?.length === 1) {
    const n = foldConstant(init.arguments[0]!, checker);
    return n !== undefined && Number.isInteger(n) && n > 0 ? { symbol: s, decl, length: n, ctor: 'Float64Array', ...exported } : undefined;
  }
  // new Array(n).fill(c), Array(n).fill(c)
  if (ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression) && init.expression.name.text === 'fill' && init.arguments.length === 1) {
    const made = skipParens(init.expression.expression);
    if ((ts.isNewExpression(made) || ts.isCallExpression(made)) && ts.isIdentifier(made.expression) && made.expression.text === 'Array' && made.arguments?.length === 1) {
      const n = foldConstant(made.arguments[0]!, checker);
      return n !== undefined && Number.isInteger(n) && n > 0 && foldConstant(init.arguments[0]!, checker) !== undefined ? { symbol: s, decl, length: n, ctor: 'Array', ...exported } : undefined;
    }
  }
  // [0, 0, 0]
  if (ts.isArrayLiteralExpression(init) && init.elements.length > 0 && init.elements.every((e) => !ts.isSpreadElement(e) && foldConstant(e, checker) !== undefined)) {
    return { symbol: s, decl, length: init.elements.length, ctor: 'Array', ...exported };
  }
  return undefined;
}

/** The name `node` gives the array `s` names (`const b = S`, `b = S`), if any. */
function aliased(node: ts.Node, s: ts.Symbol, checker: ts.TypeChecker): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    const isS = (e: ts.Expression | undefined) => e !== undefined && ts.isIdentifier(skipParens(e)) && checker.getSymbolAtLocation(skipParens(e)) === s;
    if (ts.isVariableDeclaration(n) && isS(n.initializer)) found = n.name;
    else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && isS(n.right)) found = n.left;
    else ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** Whether `node` passes the array `s` names to a call. */
function passed(node: ts.Node, s: ts.Symbol, checker: ts.TypeChecker): boolean {
  const visit = (n: ts.Node): boolean => (ts.isIdentifier(n) && checker.getSymbolAtLocation(n) === s && ts.isCallExpression(n.parent) && n.parent.arguments.includes(n))
    || ts.forEachChild(n, visit) === true;
  return visit(node);
}

/** Whether `node` writes into the array `s` names (`S[i] = …`, `S.fill(…)`, …) somewhere in it. */
function writes(node: ts.Node, s: ts.Symbol, checker: ts.TypeChecker): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(n) && checker.getSymbolAtLocation(n) === s && (elementWritten(n) || filled(n) !== undefined)) found = true;
    else ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** `S[i] = …` (or `+=`, `++`) of the identifier S. */
function elementWritten(id: ts.Identifier): boolean {
  const access = id.parent;
  if (!ts.isElementAccessExpression(access) || access.expression !== id) return false;
  const p = access.parent;
  return (ts.isBinaryExpression(p) && p.left === access && isAssignmentOperator(p.operatorToken.kind)) || isIncrement(p);
}

/** The call `S.fill(…)` of the identifier S. */
function filled(id: ts.Identifier): ts.CallExpression | undefined {
  const member = id.parent;
  if (!ts.isPropertyAccessExpression(member) || member.expression !== id || member.name.text !== 'fill') return undefined;
  return ts.isCallExpression(member.parent) && member.parent.expression === member ? member.parent : undefined;
}

/** Why the function may not take the buffer for a local array of its own; undefined where it may. */
function disqualified(cx: LoweringState, buffer: Buffer): Refusal | undefined {
  const { checker, fn } = cx;
  const name = buffer.symbol.getName();
  const sf = fn.getSourceFile();
  const alloc = buffer.ctor === 'Array' ? `new Array(${buffer.length}).fill(0)` : `new Float64Array(${buffer.length})`;
  const isS = (n: ts.Node): n is ts.Identifier => ts.isIdentifier(n) && checker.getSymbolAtLocation(n) === buffer.symbol;
  const mentions = (n: ts.Node): boolean => isS(n) || ts.forEachChild(n, mentions) === true;
  // (each use: indexed, its length, filled, an argument of a call, iterated)
  let odd: ts.Identifier | undefined;
  const uses = (n: ts.Node): void => {
    if (odd) return;
    if (isS(n)) {
      const p = n.parent;
      const ok = (ts.isElementAccessExpression(p) && p.expression === n)
        || (ts.isPropertyAccessExpression(p) && p.expression === n && (p.name.text === 'length' || filled(n) !== undefined))
        || (ts.isCallExpression(p) && p.arguments.includes(n))
        || (ts.isForOfStatement(p) && p.expression === n);
      if (!ok) odd = n;
      return;
    }
    ts.forEachChild(n, uses);
  };
  uses(fn.body!);
  if (odd) return { why: `'${nameOf(fn)}' uses otherwise than by its elements, its length, fill, for … of or as an argument (${lineOf(odd, sf)})`, hint: `read and write it by its elements, or allocate it inside the function: const ${name} = ${alloc}` };
  // (no function of the project it calls uses the buffer: its writes would be the ones read after the call)
  const touching = callsTouching(fn, buffer.symbol, checker);
  if (touching) {
    return touching.name === nameOf(fn)
      ? { why: `'${nameOf(fn)}' uses and calls itself (${lineOf(touching.at, sf)}): what the inner call writes, the outer reads`, hint: `allocate it inside the function, a buffer per call: const ${name} = ${alloc}` }
      : { why: `'${nameOf(fn)}' uses and '${touching.name}' uses too, called at ${lineOf(touching.at, sf)}: what one writes, the other reads`, hint: `pass the buffer to '${touching.name}' as a parameter, or give each function a buffer of its own` };
  }
  // every element written before any other use, in each statement list that uses it: at the
  // function's top level, or in each branch or loop body that does (each run of it fills first)
  const fillHint = `as scratch, write every element before any other use (for (let i = 0; i < ${name}.length; i++) ${name}[i] = …) or allocate it inside the function (const ${name} = ${alloc}); values kept from one call to the next, pass as a parameter`;
  // (its length is no use of its contents)
  const contents = (n: ts.Node): boolean => (isS(n) && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name.text === 'length'))
    || ts.forEachChild(n, contents) === true;
  let first: ts.Node | undefined;
  // (a list is 'filled' where every run of it that reaches its end has written the buffer whole:
  // a fill at its top level, or an if whose branches both are, with no jump before it; trial49
  // finding 2, a fill in each branch and a read after them, was refused)
  const safe = (list: readonly ts.Statement[]): 'filled' | 'safe' | false => {
    const written = new Set<number>();
    let jumped = false;
    for (const st of list) {
      if (!contents(st)) {
        jumped ||= jumps(st);
        continue;
      }
      const what = fills(st, buffer, isS, mentions, checker);
      if (what === 'all') return jumped ? 'safe' : 'filled';
      if (what !== undefined) {
        written.add(what);
        if (written.size === buffer.length) return jumped ? 'safe' : 'filled';
        continue;
      }
      const nested = nestedSafe(st);
      if (!nested) {
        first ??= st;
        return false;
      }
      if (nested === 'filled' && !jumped) return 'filled';
      jumped ||= jumps(st);
    }
    return 'safe';
  };
  const listOf = (st: ts.Statement): readonly ts.Statement[] => (ts.isBlock(st) ? st.statements : [st]);
  const all = (...results: ('filled' | 'safe' | false)[]): 'filled' | 'safe' | false =>
    results.some((r) => r === false) ? false : results.every((r) => r === 'filled') ? 'filled' : 'safe';
  const nestedSafe = (st: ts.Statement): 'filled' | 'safe' | false => {
    if (ts.isBlock(st)) return safe(st.statements);
    // (a labelled statement may be left by a break to its label: safe at most)
    if (ts.isLabeledStatement(st)) return nestedSafe(st.statement) && 'safe';
    if (ts.isIfStatement(st)) {
      if (contents(st.expression)) return false;
      return st.elseStatement ? all(safe(listOf(st.thenStatement)), safe(listOf(st.elseStatement))) : safe(listOf(st.thenStatement)) && 'safe';
    }
    // (a loop may run no iteration: safe at most)
    if (ts.isForStatement(st)) {
      return !(st.initializer && contents(st.initializer)) && !(st.condition && contents(st.condition)) && !(st.incrementor && contents(st.incrementor)) && safe(listOf(st.statement)) && 'safe';
    }
    if (ts.isForOfStatement(st) || ts.isForInStatement(st)) return !contents(st.initializer) && !contents(st.expression) && safe(listOf(st.statement)) && 'safe';
    if (ts.isWhileStatement(st) || ts.isDoStatement(st)) return !contents(st.expression) && safe(listOf(st.statement)) && 'safe';
    if (ts.isSwitchStatement(st)) return !contents(st.expression) && st.caseBlock.clauses.every((c) => !(ts.isCaseClause(c) && contents(c.expression)) && safe(c.statements)) && 'safe';
    return false;
  };
  const body = fn.body!;
  if (!ts.isBlock(body)) return { why: `'${nameOf(fn)}' reads without writing it first: a call may read what an earlier call left in it`, hint: fillHint };
  if (safe(body.statements)) return undefined;
  return { why: `'${nameOf(fn)}' uses (${lineOf(first ?? body, sf)}) before it writes every element: a call may read what an earlier call left in it`, hint: fillHint };
}

/** What a top-level statement writes of the buffer before any read: 'all', one constant index, or undefined (it reads it, or writes otherwise). */
function fills(st: ts.Statement, buffer: Buffer, isS: (n: ts.Node) => n is ts.Identifier, mentions: (n: ts.Node) => boolean, checker: ts.TypeChecker): 'all' | number | undefined {
  if (ts.isExpressionStatement(st)) {
    const e = skipParens(st.expression);
    // S.fill(e)
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && isS(skipParens(e.expression.expression)) && e.expression.name.text === 'fill') {
      return e.arguments.length === 1 && !mentions(e.arguments[0]!) ? 'all' : undefined;
    }
    // S[k] = e
    const store = storeOf(e, isS, mentions);
    if (!store) return undefined;
    const k = foldConstant(store.index, checker);
    return k !== undefined && Number.isInteger(k) && k >= 0 && k < buffer.length ? k : undefined;
  }
  // for (let i = 0; i < n; i++) { … S[i] = e … }, or down: for (let i = n - 1; i >= 0; i--) (trial49 finding 3)
  if (!ts.isForStatement(st) || !st.initializer || !ts.isVariableDeclarationList(st.initializer) || st.initializer.declarations.length !== 1) return undefined;
  const d = st.initializer.declarations[0]!;
  if (!ts.isIdentifier(d.name) || !d.initializer) return undefined;
  const i = checker.getSymbolAtLocation(d.name);
  const isI = (n: ts.Node | undefined) => n !== undefined && ts.isIdentifier(skipParens(n as ts.Expression)) && checker.getSymbolAtLocation(skipParens(n as ts.Expression)) === i;
  const isLength = (e: ts.Expression) => foldConstant(e, checker) === buffer.length
    || (ts.isPropertyAccessExpression(e) && e.name.text === 'length' && isS(skipParens(e.expression)));
  const step = (e: ts.Expression | undefined, by: 1 | -1): boolean => {
    const inc = e && skipParens(e);
    const unary = by === 1 ? ts.SyntaxKind.PlusPlusToken : ts.SyntaxKind.MinusMinusToken;
    const compound = by === 1 ? ts.SyntaxKind.PlusEqualsToken : ts.SyntaxKind.MinusEqualsToken;
    return inc !== undefined && (((ts.isPostfixUnaryExpression(inc) || ts.isPrefixUnaryExpression(inc)) && inc.operator === unary && isI(inc.operand))
      || (ts.isBinaryExpression(inc) && inc.operatorToken.kind === compound && isI(inc.left) && foldConstant(inc.right, checker) === 1));
  };
  const cond = st.condition && skipParens(st.condition);
  if (!cond || !ts.isBinaryExpression(cond) || !isI(cond.left)) return undefined;
  const start = skipParens(d.initializer);
  const up = foldConstant(start, checker) === 0 && cond.operatorToken.kind === ts.SyntaxKind.LessThanToken && isLength(skipParens(cond.right)) && step(st.incrementor, 1);
  const down = (foldConstant(start, checker) === buffer.length - 1
      || (ts.isBinaryExpression(start) && start.operatorToken.kind === ts.SyntaxKind.MinusToken && isLength(skipParens(start.left)) && foldConstant(start.right, checker) === 1))
    && ((cond.operatorToken.kind === ts.SyntaxKind.GreaterThanEqualsToken && foldConstant(cond.right, checker) === 0)
      || (cond.operatorToken.kind === ts.SyntaxKind.GreaterThanToken && foldConstant(cond.right, checker) === -1))
    && step(st.incrementor, -1);
  if (!up && !down) return undefined;
  // (the loop's body: one unconditional S[i] = e at its top level, no other use of S, no jump out, i not assigned)
  const inner = ts.isBlock(st.statement) ? [...st.statement.statements] : [st.statement];
  let stores = 0;
  for (const s of inner) {
    const e = ts.isExpressionStatement(s) ? skipParens(s.expression) : undefined;
    const store = e && storeOf(e, isS, mentions);
    if (store && isI(store.index)) { stores++; continue; }
    if (mentions(s)) return undefined;
  }
  const assignsI = (n: ts.Node): boolean => (ts.isBinaryExpression(n) && isAssignmentOperator(n.operatorToken.kind) && isI(n.left))
    || (isIncrement(n) && isI(n.operand))
    || ts.forEachChild(n, assignsI) === true;
  return stores === 1 && !jumps(st.statement, true) && !assignsI(st.statement) ? 'all' : undefined;
}

/** Whether `n` holds a break, continue or return (or, with `throws`, a throw) outside the functions inside it. */
function jumps(n: ts.Node, throws = false): boolean {
  return ts.isBreakStatement(n) || ts.isContinueStatement(n) || ts.isReturnStatement(n) || (throws && ts.isThrowStatement(n))
    || (!ts.isFunctionLike(n) && ts.forEachChild(n, (c) => jumps(c, throws)) === true);
}

/** `S[index] = value` (plain `=`), whose index and value read nothing of S. */
function storeOf(e: ts.Expression, isS: (n: ts.Node) => n is ts.Identifier, mentions: (n: ts.Node) => boolean): { index: ts.Expression } | undefined {
  if (!ts.isBinaryExpression(e) || e.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
  const left = skipParens(e.left);
  if (!ts.isElementAccessExpression(left) || !isS(skipParens(left.expression))) return undefined;
  return mentions(left.argumentExpression) || mentions(e.right) ? undefined : { index: left.argumentExpression };
}

/** A function of the project that `fn` calls (directly or through others) and that uses the buffer itself, with where fn calls it. */
function callsTouching(fn: ts.FunctionLikeDeclaration, s: ts.Symbol, checker: ts.TypeChecker): { name: string; at: ts.Node } | undefined {
  const seen = new Set<ts.Node>();
  const uses = (n: ts.Node): boolean => (ts.isIdentifier(n) && checker.getSymbolAtLocation(n) === s) || ts.forEachChild(n, uses) === true;
  const callees = (body: ts.Node): { decl: ts.FunctionLikeDeclaration; at: ts.Node }[] => {
    const out: { decl: ts.FunctionLikeDeclaration; at: ts.Node }[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && !(ts.isVariableDeclaration(n.parent) && n.parent.name === n)) {
        let t = checker.getSymbolAtLocation(n);
        if (t && t.flags & ts.SymbolFlags.Alias) t = checker.getAliasedSymbol(t);
        for (const d of t?.declarations ?? []) {
          const f = ts.isFunctionLike(d) ? d : ts.isVariableDeclaration(d) && d.initializer && ts.isFunctionLike(skipParens(d.initializer)) ? skipParens(d.initializer) as ts.FunctionLikeDeclaration : undefined;
          if (f && (f as ts.FunctionLikeDeclaration).body && !d.getSourceFile().isDeclarationFile) out.push({ decl: f as ts.FunctionLikeDeclaration, at: n });
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(body);
    return out;
  };
  // (methods of classes a function uses are reached through their names, as identifiers in calls)
  const walk = (body: ts.Node, at: ts.Node | undefined): { name: string; at: ts.Node } | undefined => {
    for (const c of callees(body)) {
      if (seen.has(c.decl)) continue;
      seen.add(c.decl);
      // (itself, recursively: the inner call's writes are what the outer reads after it)
      if (c.decl === fn || uses(c.decl.body!)) return { name: nameOf(c.decl), at: at ?? c.at };
      const deeper = walk(c.decl.body!, at ?? c.at);
      if (deeper) return deeper;
    }
    return undefined;
  };
  return walk(fn.body!, undefined);
}

function nameOf(fn: ts.FunctionLikeDeclaration): string {
  if (fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  const p = fn.parent;
  return ts.isVariableDeclaration(p) && ts.isIdentifier(p.name) ? p.name.text : 'the function';
}

function lineOf(n: ts.Node, sf: ts.SourceFile): string {
  return `line ${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
}

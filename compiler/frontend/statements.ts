/**
 * Lowering of statements, with jumps made structured: `break`, `continue` and early `return`
 * set a flag and the statements they skip are guarded, or placed in the `else` of the `if`
 * that jumps (the usual case, which needs no flag test). The trace that comes out has only
 * `if`, counted `for` and general `while` loops, which the reverse phase can mirror.
 */
import { construct } from './describe.js';
import ts from './typescript.cjs';
import { type Atom, type Block, type ErrorConstructor, type Func, type Param, type Stmt, type Type, type Var, errorConstructors } from '../ir/types.js';
import { FunctionBuilder, atomType, constAtom, isArrayType, varAtom } from './builder.js';
import { statements } from '../ir/walk.js';
import { sameOperands } from '../ir/copies.js';
import type { Captured, FunctionValue } from './values.js';
import { isJavaScript, paramKind, readParams, returnKind, writtenArrays, writtenParams } from './calls.js';
import { inPackage } from './packages.js';
import { assignMaybeNumber, lowerMaybeNumber, mayBeAbsent, maybeNumberLocal } from './nullable.js';
import { type Checkpoint, checkpointDirective, checkpointable, notCounted } from './checkpoint.js';
import {
  type Binding, type ExprContext, arrayBinding, assignable, boolean, compoundPrims, element, isTable, lowerExpr, numberFields, projectCall, storeElement, windowExpr,
} from './expressions.js';
import {
  absentPart, type valuePart, assignedSymbols, resizedArrays, classifyType, floatArrayTypes, isNullablePart, isMixedArrayUnion, isNumberTypeParameter, intArrayTypes, integerSymbols, isAssignmentOperator, isOptionalCallback,
  isOptionalNumber, isNullish, mathMember, nullableNumber, skipParens, typedArrayName,
} from './facts.js';

/** What a lowered statement may do besides falling through. */
interface Exits {
  /** It never falls through: what follows it in its block is dead. */
  readonly always: boolean;
  /** The flags it may set (one per loop it breaks or continues, one for `return`). */
  readonly flags: ReadonlySet<Var>;
}

const none: Exits = { always: false, flags: new Set() };
const union = (a: ReadonlySet<Var>, b: ReadonlySet<Var>) => new Set([...a, ...b]);

interface LoopFrame {
  readonly label: string | undefined;
  /** A `switch` is a target of `break` but not of `continue`. */
  readonly isSwitch?: boolean;
  /** A labelled block (or other statement): a target of `break label` only. */
  readonly isBlock?: boolean;
  /** Set when the loop is left by `break` (created on first use). */
  brk?: Var;
  /** Set when the rest of the body is skipped by `continue` (created on first use). */
  cnt?: Var;
}

export type FunctionNode = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression;

export class FunctionLowering implements ExprContext {
  readonly b: FunctionBuilder;
  readonly scope = new Map<ts.Symbol, Binding>();
  private readonly assigned: Set<ts.Symbol>;
  private readonly integers: Set<ts.Symbol>;
  /** Each `var`: lowered like a `let` where only its own block uses it, else hoisted. */
  private readonly varPlans: Map<ts.Symbol, 'block' | 'hoisted'>;
  /** Parameters with a default value: the argument, and the variable the body reads. */
  private readonly defaults: { arg: Var; local: Var; init: ts.Expression }[] = [];
  /** Optional number parameters (`s?: number`): the argument, the variable the body reads, and whether it holds `undefined`. */
  private readonly optionals: { arg: Var; local: Var; flag: Var; node: ts.ParameterDeclaration }[] = [];
  /** Of a variable that may hold `undefined` (an optional number parameter): the flag that says it does. */
  readonly undefinedFlags = new Map<Var, Var>();
  /** Of those, the locals whose missing value is null (nullable.ts). */
  readonly nullValued = new Set<Var>();
  /** The number of arguments the derivative is for (`arguments.length`), when callbacks are left out. */
  argumentCount?: number;
  /** Of a function returning `number | undefined` or `number | null`: see Func.absent. */
  private absent?: { flag: Var; value: 'undefined' | 'null' };
  private readonly loops: LoopFrame[] = [];
  private readonly flags = new Set<Var>();
  private returned?: { result?: Var; ret?: Var };
  /** The constructor of a copy of each array parameter (`Array` for a number[]). */
  private readonly paramCtors = new Map<Var, string>();
  /** Array parameters the function rebinds (`vals = numbers(vals)`). */
  private readonly reboundParams: { v: Var; symbol: ts.Symbol; node: ts.ParameterDeclaration }[] = [];
  private written?: Map<ts.Symbol, ts.Node[]>;
  private finalResult?: Atom;

  private readonly returnsNumber: boolean;
  private readonly returnsBoolean: boolean;
  /** Of a function returning `number | undefined`, the part of its result a caller reads (facts.ts: absentPart). */
  private readonly part?: typeof absentPart | typeof valuePart;
  /** Returns a new array (a helper: inlined into its callers). */
  private readonly returnsArray: boolean;

  constructor(
    private readonly fn: FunctionNode,
    private readonly name: string,
    sf: ts.SourceFile,
    file: string,
    readonly checker: ts.TypeChecker,
    private readonly exported: boolean,
    /** Called with each same-module function a call needs differentiated. */
    readonly needs: (fn: FunctionValue) => void,
    /** tsc's reports of variables read before they are assigned (TS2454), in the function's file. */
    private readonly unassignedReads: () => readonly ts.Diagnostic[] = () => [],
    /** What its free names stand for, when a factory made it (values.ts). */
    captured?: ReadonlyMap<ts.Symbol, Captured>,
    /** Of a helper returning an object of numbers: the one property this trace computes. */
    private readonly projection?: string,
  ) {
    // (of a function returning `number | undefined`: its absent flag, or its number, for a caller)
    if (isNullablePart(projection)) {
      this.part = projection as typeof absentPart | typeof valuePart;
      this.projection = projection = undefined;
    }
    const returned = returnKind(checker, fn);
    this.returnsNumber = projection !== undefined || returned.returnsNumber;
    this.returnsBoolean = projection === undefined && returned.returnsBoolean;
    const signature = checker.getSignatureFromDeclaration(fn);
    this.returnsArray = projection === undefined && !!signature && ['Float64Array', 'number[]'].includes(classifyType(checker.getReturnTypeOfSignature(signature), checker));
    // (`number | undefined`, `number | null`: a number where it returns one, see Func.absent)
    const nullable = signature && nullableNumber(checker.getReturnTypeOfSignature(signature));
    if (nullable) this.returnsNumber = true;
    this.b = new FunctionBuilder(sf, file, identifiersIn(fn));
    if (captured) this.b.captured = captured;
    this.b.self = { node: fn, name, ...(captured ? { captured } : {}) };
    this.assigned = assignedSymbols(fn, checker);
    this.integers = integerSymbols(fn, checker);
    this.varPlans = varPlans(fn, checker);
    if (nullable) this.absent = { flag: this.b.generatedVar('absent', 'bool', true), value: nullable };
  }

  lower(): Func {
    const { b, fn } = this;
    // (callbacks left out: the derivative is for calls without them, so it does not take them)
    const params = fn.parameters.map((p, i) => this.param(p, i)).filter((p): p is Param => p !== undefined);
    const body = fn.body;
    if (!body) return b.fail(fn, 'TSG1007', `'${this.name}' has no body`, 'give the function a body, or register its derivative: export a <name>_vjp beside it');
    b.loc = b.locOf(fn, `function ${this.name}`);
    this.checkAssignedBeforeRead();
    for (const r of this.reboundParams) {
      const local = b.newVar(r.v.name, 'f64[]', 'local', true);
      this.boundArray(varAtom(r.v), r.node.name, r.symbol, local);
      this.scope.set(r.symbol, { kind: 'var', v: local });
    }
    this.hoistVars();
    for (const d of this.defaults) this.defaultValue(d.init, d.arg, d.local);
    for (const o of this.optionals) this.optionalValue(o);
    if (!ts.isBlock(body)) {
      b.loc = b.locOf(body);
      this.finalResult = this.returnValue(body);
    } else {
      const stmts = body.statements;
      const last = stmts[stmts.length - 1];
      const early = hasReturn(stmts.slice(0, -1)) || (last !== undefined && !ts.isReturnStatement(last) && hasReturn([last]));
      if (early) {
        this.returned = this.returnsNumber ? { result: b.generatedVar('result', 'f64', true) }
          : this.returnsBoolean ? { result: b.generatedVar('result', 'bool', true) }
          : this.returnsArray ? { result: b.generatedVar('result', 'f64[]', true) } : {};
        if (this.returned.result?.type === 'f64[]') {
          // (an array variable is declared with an array: an empty one, until a `return` gives the result)
          const returns = classifyType(this.checker.getReturnTypeOfSignature(this.checker.getSignatureFromDeclaration(fn)!), this.checker);
          b.emit({ kind: 'alloc', target: this.returned.result, ctor: returns === 'number[]' ? 'Array' : 'Float64Array', length: constAtom(0), loc: b.loc });
        }
      }
      const ex = this.lowerList(stmts, 0);
      if (this.absent && !ex.always) this.fallsThrough(this.absent.flag);
    }
    if (this.absent && !this.returned?.result && !this.finalResult) this.finalResult = constAtom(NaN);
    let result = this.returned?.result ? varAtom(this.returned.result) : this.finalResult;
    const { part, absent } = this;
    if (part && absent && result) {
      // whether it returns no number, or the number (what arithmetic makes of undefined or null where it does)
      b.loc = b.locOf(fn, `function ${this.name}`);
      const number = result;
      result = part === absentPart ? varAtom(absent.flag)
        : this.select(varAtom(absent.flag), () => constAtom(absent.value === 'null' ? 0 : NaN), () => number, 'f64');
    }
    if (!result && (this.returnsNumber || this.returnsBoolean || this.returnsArray)) return b.fail(fn, 'TSG1009', `'${this.name}' must end with a return statement`, 'end every path of the function with a return statement');
    const writes = new Set<Var>();
    for (const s of statements(b.body)) {
      const written = s.kind === 'store' || s.kind === 'fill' || s.kind === 'push' ? [s.array]
        : s.kind === 'call' ? s.writes.map((i) => s.args[i]).flatMap((a) => (a?.kind === 'var' ? [a.v] : [])) : [];
      for (const v of written) if (v.kind === 'param') writes.add(v);
    }
    // and those its callers see it write (they choose the vjp they call by it: names.ts)
    for (const i of writtenParams(this.checker, fn, new Set())) if (params[i] && isArrayType(params[i]!.v.type)) writes.add(params[i]!.v);
    return {
      name: this.name,
      params,
      body: sameOperands(dropUnreadFlags(b.body, this.flags)),
      result,
      vars: b.vars,
      ...(b.tables.size > 0 ? { tables: [...b.tables.values()] } : {}),
      names: b.names,
      exported: this.exported,
      inlinable: !hasNoinlineTag(fn),
      returnsNumber: this.returnsNumber && this.part !== absentPart,
      ...(this.absent && !this.part ? { absent: this.absent } : {}),
      ...(this.returnsBoolean || this.part === absentPart ? { returnsBoolean: true as const } : {}),
      ...(this.projection !== undefined || this.part ? { projection: this.projection ?? this.part! } : {}),
      ...(this.returnsArray ? { returnsArray: true as const } : {}),
      writes: [...writes],
      distinct: b.distinct.map(([x, y]) => [params.findIndex((p) => p.v === x), params.findIndex((p) => p.v === y)] as const),
      pureOutputs: (() => {
        const read = readParams(this.checker, fn, new Set());
        return [...writes].filter((v) => !read.includes(params.findIndex((p) => p.v === v)));
      })(),
      loc: b.locOf(fn, `function ${this.name}`),
    };
  }

  private param(p: ts.ParameterDeclaration, i: number): Param | undefined {
    const { b, checker } = this;
    if (!ts.isIdentifier(p.name)) return b.fail(p, 'TSG1007', 'destructured parameters are not supported', 'take the values as separate parameters, or destructure inside the function body');
    if (p.dotDotDotToken) return b.fail(p, 'TSG1007', 'rest parameters are not supported', 'pass an array of numbers');
    const symbol = checker.getSymbolAtLocation(p.name)!;
    const type = checker.getTypeAtLocation(p);
    // (`units?: Units`: a string or undefined, as a string parameter with a default is)
    const optionalString = p.questionToken !== undefined && classifyType(checker.getNonNullableType(type), checker) === 'string';
    let tsType = optionalString ? 'string' : paramKind(checker, p);
    // a string parameter's type is written out in the generated code (`"km" | "mi"`), which
    // need not import the source's alias
    // so is one the source writes through a type alias (`a: Vec`, `type Vec = Float64Array`,
    // maybe imported): the generated module does not have the alias
    let typeText = tsType === 'string' ? checker.typeToString(checker.getNonNullableType(type), undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias)
      : p.type ? withoutAliases(p.type, checker) ?? checker.typeToString(checker.getNonNullableType(type), undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias)
      : checker.typeToString(type);
    // (`x: T` of `<T extends number>`, or of an enum: a number, which the generated signature,
    // without the type parameter or the enum in scope, declares as such)
    if (tsType === 'number' && (isNumberTypeParameter(type, checker) || type.flags & ts.TypeFlags.EnumLike ||
        (type.isUnion() && type.types.every((m) => m.flags & ts.TypeFlags.EnumLiteral)))) typeText = 'number';
    // `number[] | Uint8Array | Float64Array` (ml-distance's NumberArray) only read: read as
    // ArrayLike<number>, which every member is, and differentiated as a float array
    if (tsType === 'other' && isMixedArrayUnion(type, checker) && !this.assigned.has(symbol) &&
        !writtenParams(checker, this.fn, new Set()).includes(this.fn.parameters.indexOf(p))) {
      tsType = 'Float64Array';
      typeText = 'ArrayLike<number>';
    }
    if (isOptionalCallback(p, checker)) {
      // the derivative is for calls without it: `cb === undefined`, `if (cb)` are decided, and
      // the code that calls it is never lowered
      const later = this.fn.parameters.slice(i + 1).find((q) => !isOptionalCallback(q, checker));
      if (later) {
        return b.fail(p, 'TSG1007', `the optional callback '${p.name.text}' comes before the parameter '${later.name.getText(b.sf)}'`,
          'tsgrad differentiates calls that leave optional callbacks out, which it can do when they are the last parameters: move it after the others');
      }
      // (known when every parameter before it is required)
      this.argumentCount ??= this.fn.parameters.slice(0, i).some((q) => q.initializer || q.questionToken) ? -1 : i;
      this.scope.set(symbol, { kind: 'absent', typeText });
      return undefined;
    }
    if (isOptionalNumber(p, checker)) {
      // the argument (`s_arg`, maybe undefined), and the source's `s`, with a flag saying it holds undefined
      const arg: Var = { name: b.names.fresh(`${p.name.text}_arg`, true), type: 'f64', kind: 'param', mutable: false };
      b.vars.push(arg);
      const local = b.newVar(p.name.text, 'f64', 'local', true);
      const flag = b.generatedVar(`${p.name.text}_undefined`, 'bool', true);
      this.scope.set(symbol, { kind: 'var', v: local });
      this.undefinedFlags.set(local, flag);
      this.optionals.push({ arg, local, flag, node: p });
      return { v: arg, key: p.name.text, tsType: 'number', differentiable: true, typeText: 'number', defaulted: true };
    }
    const defaulted = p.initializer !== undefined;
    if (defaulted && tsType === 'other' && type.flags & ts.TypeFlags.Object && !checker.isArrayType(type) && type.getCallSignatures().length === 0) {
      // (an options object, `options: { units?: Units } = {}`, as @turf/distance takes)
      return b.fail(p, 'TSG1007', `an options object with a default ('${p.name.text}: ${typeText.replace(/\s+/g, ' ')}') is not supported: tsgrad passes object parameters through without reading them`,
        'take each option as a parameter of its own with a default (units = \'kilometers\'), and let a wrapper unpack the options object');
    }
    if (defaulted && tsType !== 'number' && tsType !== 'boolean' && tsType !== 'string') {
      return b.fail(p, 'TSG1007', `a default value for the parameter '${p.name.text}' of type '${typeText}' is not supported`,
        'defaults are supported for numbers, booleans and strings; make the parameter required, or allocate the array inside the function');
    }
    const mutable = this.assigned.has(symbol);
    if (defaulted) {
      // the argument (`k_arg`, maybe undefined), and the source's `k`: the argument or the default
      const type = tsType === 'number' ? 'f64' : tsType === 'string' ? 'str' : 'bool';
      const v: Var = { name: b.names.fresh(`${p.name.text}_arg`, true), type, kind: 'param', mutable: false };
      b.vars.push(v);
      const local = b.newVar(p.name.text, type, 'local', true);
      this.scope.set(symbol, { kind: 'var', v: local });
      this.defaults.push({ arg: v, local, init: p.initializer! });
      return { v, key: p.name.text, tsType: tsType === 'number' ? 'number' : 'other', differentiable: tsType === 'number', typeText, defaulted };
    }
    if (tsType === 'other') {
      this.scope.set(symbol, { kind: 'opaque', typeText });
      const v = b.newVar(p.name.text, 'bool', 'param', false);
      return { v, key: p.name.text, tsType, differentiable: false, typeText };
    }
    if (tsType === 'string') {
      const v = b.newVar(p.name.text, 'str', 'param', mutable);
      this.scope.set(symbol, { kind: 'var', v });
      return { v, key: p.name.text, tsType: 'other', differentiable: false, typeText, ...(optionalString ? { defaulted: true } : {}) };
    }
    if (tsType === 'boolean') {
      const v = b.newVar(p.name.text, 'bool', 'param', mutable);
      this.scope.set(symbol, { kind: 'var', v });
      return { v, key: p.name.text, tsType: 'other', differentiable: false, typeText };
    }
    if (tsType === 'intArray') {
      // integers (indices, counts, labels): read, never differentiated, no key in grad
      if (mutable) return b.fail(p, 'TSG1008', `the integer array parameter '${p.name.text}' may not be rebound`, 'copy it into a local array');
      const v = b.newVar(p.name.text, 'int[]', 'param', false);
      this.scope.set(symbol, { kind: 'var', v });
      return { v, key: p.name.text, tsType, differentiable: false, typeText };
    }
    const array = tsType !== 'number';
    const v = b.newVar(p.name.text, array ? 'f64[]' : 'f64', 'param', mutable && !array);
    this.scope.set(symbol, { kind: 'var', v });
    this.paramCtors.set(v, tsType === 'number[]' ? 'Array' : typedArrayName(type) ?? 'Float64Array');
    // (an array parameter the function rebinds is a local array variable, made in lower())
    if (mutable && array) this.reboundParams.push({ v, symbol, node: p });
    return { v, key: p.name.text, tsType, differentiable: true, typeText };
  }

  // ---- statement lists and jumps ----

  private lowerList(stmts: readonly ts.Statement[], from: number): Exits {
    let flags: ReadonlySet<Var> = new Set();
    for (let i = from; i < stmts.length; i++) {
      const s = stmts[i]!;
      const ex = ts.isIfStatement(s) ? this.lowerIf(s, stmts.slice(i + 1)) : this.lowerStmt(s);
      if (ts.isIfStatement(s) || ex.always) return { always: ex.always, flags: union(flags, ex.flags) };
      if (ex.flags.size > 0 && i + 1 < stmts.length) {
        // A jump may have happened: what follows runs only if none did.
        const guard = this.noneSet(ex.flags);
        let rest = none;
        const then = this.b.block(() => { rest = this.lowerList(stmts, i + 1); });
        this.b.emit({ kind: 'if', cond: guard, then, else: [], loc: this.b.loc });
        return { always: false, flags: union(union(flags, ex.flags), rest.flags) };
      }
      flags = union(flags, ex.flags);
    }
    return { always: false, flags };
  }

  /** `!(f1 || f2 …)` over jump flags. */
  private noneSet(flags: ReadonlySet<Var>): Atom {
    let any: Atom | undefined;
    for (const f of flags) any = any ? this.b.eq('or', [any, varAtom(f)]) : varAtom(f);
    return this.b.eq('not', [any!]);
  }

  /** An `if` and the statements after it: those go into a branch that cannot jump, when one can't. */
  private lowerIf(s: ts.IfStatement, rest: readonly ts.Statement[]): Exits {
    const { b } = this;
    b.loc = b.locOf(s, `if (${s.expression.getText(b.sf)})`);
    const loc = b.loc;
    const cond = this.bool(lowerExpr(this, s.expression), s.expression);
    const thenStmts = statementsOf(s.thenStatement);
    const elseStmts = s.elseStatement ? statementsOf(s.elseStatement) : [];
    // (a condition known here, `if (cb)` of a callback left out: the other branch is dead code, never lowered)
    if (cond.kind === 'const') return this.lowerList([...(cond.value ? thenStmts : elseStmts), ...rest], 0);
    // (a branch that always throws needs no other code after it: what follows stays where it is)
    const thenJumps = alwaysJumps(thenStmts) && !alwaysThrows(thenStmts);
    const elseJumps = alwaysJumps(elseStmts) && !alwaysThrows(elseStmts);
    let thenEx = none;
    let elseEx = none;
    let restEx: Exits | undefined;
    if (rest.length > 0 && thenJumps !== elseJumps) {
      const then = b.block(() => { thenEx = this.lowerList(thenJumps ? thenStmts : [...thenStmts, ...rest], 0); });
      const els = b.block(() => { elseEx = this.lowerList(elseJumps ? elseStmts : [...elseStmts, ...rest], 0); });
      b.emit({ kind: 'if', cond, then, else: els, loc });
      return { always: thenEx.always && elseEx.always, flags: union(thenEx.flags, elseEx.flags) };
    }
    const then = b.block(() => { thenEx = this.lowerList(thenStmts, 0); });
    const els = b.block(() => { elseEx = this.lowerList(elseStmts, 0); });
    b.emit({ kind: 'if', cond, then, else: els, loc });
    const ex: Exits = { always: thenEx.always && elseEx.always, flags: union(thenEx.flags, elseEx.flags) };
    if (rest.length === 0 || ex.always) return ex;
    if (ex.flags.size === 0) return this.lowerList(rest, 0);
    const guard = this.noneSet(ex.flags);
    const guarded = b.block(() => { restEx = this.lowerList(rest, 0); });
    b.emit({ kind: 'if', cond: guard, then: guarded, else: [], loc: b.loc });
    return { always: false, flags: union(ex.flags, restEx!.flags) };
  }

  private lowerStmt(s: ts.Statement): Exits {
    const { b } = this;
    b.loc = b.locOf(s);
    if (ts.isVariableStatement(s)) return this.declarations(s.declarationList), none;
    if (ts.isExpressionStatement(s)) return this.effect(s.expression), none;
    if (ts.isReturnStatement(s)) return this.returnStmt(s);
    if (ts.isBlock(s)) return this.lowerList(s.statements, 0);
    if (ts.isEmptyStatement(s)) return none;
    if (ts.isIfStatement(s)) return this.lowerIf(s, []);
    if (ts.isForStatement(s) || ts.isWhileStatement(s) || ts.isDoStatement(s) || ts.isForOfStatement(s)) {
      return this.loop(s, undefined);
    }
    if (ts.isLabeledStatement(s)) {
      const inner = s.statement;
      if (ts.isForStatement(inner) || ts.isWhileStatement(inner) || ts.isDoStatement(inner) || ts.isForOfStatement(inner)) {
        return this.loop(inner, s.label.text);
      }
      if (ts.isSwitchStatement(inner)) return this.switchStmt(inner, s.label.text);
      return this.labelled(inner, s.label.text);
    }
    if (ts.isBreakStatement(s) || ts.isContinueStatement(s)) return this.jump(s);
    if (ts.isThrowStatement(s)) return this.throwStmt(s);
    if (ts.isSwitchStatement(s)) return this.switchStmt(s, undefined);
    if (ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) {
      return b.fail(s, 'TSG1007', `${ts.isClassDeclaration(s) ? 'classes' : 'nested functions'} are not supported inside a differentiated function`,
        'move it to module level');
    }
    if (ts.isForInStatement(s)) {
      return b.fail(s, 'TSG1009', "'for … in' is not supported in a differentiated function",
        'loop over the indices: for (let i = 0; i < a.length; i++), or over the values: for (const v of a)');
    }
    if (ts.isTryStatement(s)) {
      return b.fail(s, 'TSG1001', "'try' is not supported in a differentiated function",
        'catch the error in the caller of the function (a `throw` inside it is supported)');
    }
    const { what, hint } = construct(s, b.sf);
    return b.fail(s, 'TSG1001', `${what} is not supported in a differentiated function`, hint);
  }

  /**
   * `k = 2`: `k = k_arg === undefined ? 2 : k_arg`, in order, so that a default may read the
   * parameters before it (and its derivative reaches them).
   */
  private defaultValue(init: ts.Expression, arg: Var, local: Var): void {
    const { b } = this;
    b.loc = b.locOf(init.parent, init.parent.getText(b.sf));
    const missing = b.eq('eq', [varAtom(arg), constAtom(NaN, 'undefined')]);
    const then = b.block(() => {
      const value = lowerExpr(this, init);
      if (atomType(value) === 'bool' !== (local.type === 'bool') || atomType(value) === 'str' !== (local.type === 'str')) return b.fail(init, 'TSG1006', `the default of '${local.name}' does not have the parameter's type`, 'give the default a value of the parameter\'s type');
      b.assign(local, value, true);
    });
    const els = b.block(() => b.assign(local, varAtom(arg), true));
    b.emit({ kind: 'if', cond: missing, then, else: els, loc: b.loc });
  }

  /**
   * `s?: number`: `s_undefined = s_arg === undefined` and `s` is `s_arg`, or NaN when it is
   * undefined (what arithmetic and comparisons on `undefined` give: `undefined * 2` is NaN,
   * `undefined < 1` is false). Tests of `undefined` read the flag; an assignment clears it.
   */
  private optionalValue(o: { arg: Var; local: Var; flag: Var; node: ts.ParameterDeclaration }): void {
    const { b } = this;
    b.loc = b.locOf(o.node);
    const missing = b.eq('eq', [varAtom(o.arg), constAtom(NaN, 'undefined')]);
    b.assign(o.flag, missing, true);
    const then = b.block(() => b.assign(o.local, constAtom(NaN), true));
    const els = b.block(() => b.assign(o.local, varAtom(o.arg), true));
    b.emit({ kind: 'if', cond: missing, then, else: els, loc: b.loc });
  }

  /** The end of a function returning `number | undefined` is reached: it returns undefined there. */
  private fallsThrough(flag: Var): void {
    const { b, fn } = this;
    b.loc = b.locOf(fn.body!, `end of ${this.name}`);
    const ret = this.returned?.ret;
    if (!ret) return b.assign(flag, constAtom(true));
    const then = b.block(() => b.assign(flag, constAtom(true)));
    b.emit({ kind: 'if', cond: b.eq('not', [varAtom(ret)]), then, else: [], loc: b.loc });
  }

  /**
   * A variable declared without a value is given one before the function starts (0, or false),
   * where JavaScript has `undefined`: so no path may read it before assigning it, as tsc
   * --strict checks (a `var` or `let t;` read in a branch that did not assign it).
   */
  private checkAssignedBeforeRead(): void {
    const { fn, b } = this;
    let unvalued = false;
    const visit = (n: ts.Node): void => {
      if (ts.isVariableDeclaration(n) && !n.initializer && !(n.parent.parent && (ts.isForOfStatement(n.parent.parent) || ts.isForInStatement(n.parent.parent)))) unvalued = true;
      if (!unvalued) ts.forEachChild(n, visit);
    };
    visit(fn);
    if (!unvalued && ![...this.varPlans.values()].includes('hoisted')) return;
    const start = fn.getStart();
    const end = fn.getEnd();
    const read = this.unassignedReads().find((d) => d.start !== undefined && d.start >= start && d.start < end);
    if (!read) return;
    let node: ts.Node = fn;
    const find = (n: ts.Node): void => {
      if (n.getStart() <= read.start! && read.start! < n.getEnd()) { node = n; ts.forEachChild(n, find); }
    };
    ts.forEachChild(fn, find);
    const name = node.getText(b.sf);
    b.fail(node, 'TSG1007', `'${name}' may be read here before it is assigned`,
      `assign '${name}' a value on every path before this read (tsc --strict reports it too: TS2454)`);
  }

  /**
   * A `var` used outside its block (after a loop, in another branch, before its declaration)
   * is one mutable variable of the whole function, declared at its start; its declarations
   * with a value are assignments.
   */
  private hoistVars(): void {
    const { b, checker } = this;
    for (const [symbol, plan] of this.varPlans) {
      if (plan !== 'hoisted') continue;
      const decl = symbol.declarations!.find(ts.isVariableDeclaration)!;
      if (this.scope.has(symbol)) return b.fail(decl, 'TSG1007', `'var ${symbol.name}' declares the parameter '${symbol.name}' again`, 'give the variable a name of its own');
      if (maybeNumberLocal(this, symbol, decl, this.fn)) {
        this.maybeNumberVar(symbol, maybeNumberLocal(this, symbol, decl, this.fn)!);
        continue;
      }
      const type = this.typeOf(symbol, checker.getTypeAtLocation(decl.name), decl);
      if (isArrayType(type)) {
        return b.fail(decl, 'TSG1008', `the array '${symbol.name}' is declared with 'var' and used outside its block`,
          'declare it with let or const before the block, where every use can see it');
      }
      this.scope.set(symbol, { kind: 'var', v: b.newVar(symbol.name, type, 'local', true) });
    }
  }

  /**
   * The array an array variable is bound to (`a = ps`, `a = c ? ps : qs`, a parameter the
   * function rebinds): a parameter is copied first, so that every array an array variable holds
   * is the function's own (its adjoint follows the array object; a parameter's comes from adj).
   * The copy reads as the parameter would while nothing writes into the parameter or into an
   * array variable the function rebinds: a write after the binding (or in a loop around it) is
   * refused. `into`: the mutable variable the copy declares.
   */
  boundArray(value: Atom, node: ts.Node, target: ts.Symbol | undefined, into?: Var): Atom {
    const { b } = this;
    if (value.kind !== 'var' || value.v.kind !== 'param' || !isArrayType(value.v.type)) return value;
    const p = value.v;
    const written = this.written ??= writtenArrays(this.checker, this.fn);
    // a write the copy may see: after the binding, or in a loop around it
    const loops: ts.Node[] = [];
    for (let n: ts.Node = node; n !== this.fn; n = n.parent) if (ts.isIterationStatement(n, false)) loops.push(n);
    const later = (s: ts.Symbol) => (written.get(s) ?? []).some((w) => w.getStart() > node.getEnd() || loops.some((l) => w.getStart() >= l.getStart() && w.getEnd() <= l.getEnd()));
    const writesRebound = [...this.assigned].some((s) => later(s) && this.typeOfQuiet(s) === 'f64[]');
    const paramSymbol = [...this.scope].find(([, binding]) => binding.kind === 'var' && binding.v === p)?.[0] ??
      this.reboundParams.find((r) => r.v === p)?.symbol;
    if ((paramSymbol && later(paramSymbol)) || (target && later(target)) || writesRebound) {
      const who = target?.name === p.name ? `the array parameter '${p.name}' is rebound`
        : `${target ? `'${target.name}'` : 'an array variable'} is bound to the parameter '${p.name}'`;
      return b.fail(node, 'TSG1008', `${who}, and the function writes into an array it may hold (the parameter, or an array variable it rebinds)`,
        `tsgrad binds array variables to a copy of the parameter; write into a local array instead (const a = Float64Array.from(${p.name})), or do not rebind the array variables you write into`);
    }
    const length = b.eq('length', [value]);
    // (`into`: the mutable variable the copy declares, so that it is declared by its allocation)
    const copy = into ?? b.newVar(p.name, p.type, 'local', false);
    const loc = b.loc;
    b.emit({ kind: 'alloc', target: copy, ctor: this.paramCtors.get(p) ?? 'Float64Array', length, loc });
    const j = b.generatedVar('j', 'int', false);
    const body = b.block(() => {
      b.emit({ kind: 'store', array: copy, index: varAtom(j), value: b.eq('load', [value, varAtom(j)]), loc });
    }, true);
    b.emit({ kind: 'for', index: j, from: constAtom(0), to: length, step: 1, inclusive: false, body, loc });
    return varAtom(copy);
  }

  /** A variable's type as tsgrad reads it, or undefined when it is none tsgrad reads. */
  private typeOfQuiet(s: ts.Symbol): Type | undefined {
    const c = classifyType(this.checker.getTypeOfSymbol(s), this.checker);
    return c === 'Float64Array' || c === 'number[]' ? 'f64[]' : c === 'intArray' ? 'int[]' : undefined;
  }

  private declarations(list: ts.VariableDeclarationList | readonly ts.VariableDeclaration[]): void {
    const { b, checker } = this;
    for (const d of 'declarations' in list ? list.declarations : list) {
      if (ts.isObjectBindingPattern(d.name) && d.initializer && ts.isIdentifier(skipParens(d.initializer)) &&
          (skipParens(d.initializer) as ts.Identifier).text === 'Math' && d.name.elements.every((e) => mathMember(e.name as ts.Identifier, checker) !== undefined)) {
        continue; // `const { min, max } = Math`: each name is read as the Math member where it is used
      }
      if (ts.isArrayBindingPattern(d.name)) {
        this.arrayPattern(d as ts.VariableDeclaration & { name: ts.ArrayBindingPattern });
        continue;
      }
      if (ts.isObjectBindingPattern(d.name) && d.initializer && this.objectPattern(d as ts.VariableDeclaration & { name: ts.ObjectBindingPattern })) continue;
      if (!ts.isIdentifier(d.name)) {
        return b.fail(d, 'TSG1007', 'object destructuring is supported only of Math (`const { min, max } = Math`) and of an object of numbers a helper returns (`const { a, b } = f(x)`)',
          'read the properties one by one, or pass the numbers as parameters');
      }
      const symbol = checker.getSymbolAtLocation(d.name)!;
      if (this.varPlans.get(symbol) === 'hoisted') {
        const v = (this.scope.get(symbol) as Binding & { kind: 'var' }).v;
        const init = d.initializer && skipParens(d.initializer);
        if (init && this.undefinedFlags.has(v)) assignMaybeNumber(this, v, init);
        else if (init && ts.isConditionalExpression(init)) this.conditional(init, v, false);
        else if (init) b.assign(v, lowerExpr(this, init));
        continue;
      }
      if (d.initializer && (ts.isArrowFunction(skipParens(d.initializer)) || ts.isFunctionExpression(skipParens(d.initializer)))) {
        lowerExpr(this, d.initializer);
      }
      const init = d.initializer;
      if (!init && !this.assigned.has(symbol) && !this.isRead(symbol)) continue; // `var a, b = 1, c;` with c unused
      if (init && ts.isCallExpression(skipParens(init)) && numberFields(checker, checker.getTypeAtLocation(d.name))) {
        this.objectDeclaration(d as ts.VariableDeclaration & { name: ts.Identifier }, symbol, skipParens(init) as ts.CallExpression);
        continue;
      }
      const maybe = maybeNumberLocal(this, symbol, d, this.fn);
      if (maybe) {
        // (`const v = variance(xs)`: a number, and a flag saying it is undefined)
        const v = this.maybeNumberVar(symbol, maybe);
        if (init) assignMaybeNumber(this, v, init, true);
        continue;
      }
      const type = this.typeOf(symbol, checker.getTypeAtLocation(d.name), d);
      if (type === 'f64[]' || type === 'int[]') {
        this.arrayDeclaration(d, symbol, this.assigned.has(symbol), type);
        continue;
      }
      const mutable = this.assigned.has(symbol) || (init !== undefined && ts.isConditionalExpression(skipParens(init)));
      const v = b.newVar(d.name.text, type, 'local', mutable);
      if (!init) {
        if (!mutable) return b.fail(d, 'TSG1007', `'${d.name.text}' is never assigned`, 'give it a value where it is declared, or assign it before it is read');
      } else if (mutable) {
        const value = lowerExpr(this, init, ts.isConditionalExpression(skipParens(init)) ? v : undefined);
        if (value.kind !== 'var' || value.v !== v) b.assign(v, value, true);
      } else {
        lowerExpr(this, init, v);
      }
      this.scope.set(symbol, { kind: 'var', v });
    }
  }

  /** A local that may hold undefined (or null): a number variable and its flag (nullable.ts). */
  private maybeNumberVar(symbol: ts.Symbol, missing: 'undefined' | 'null'): Var {
    const v = this.b.newVar(symbol.name, 'f64', 'local', true);
    this.undefinedFlags.set(v, this.b.generatedVar(`${symbol.name}_absent`, 'bool', true));
    if (missing === 'null') this.nullValued.add(v);
    this.scope.set(symbol, { kind: 'var', v });
    return v;
  }

  /**
   * `const c = sunCoords(d)`, a helper returning an object of numbers: scalar-replaced, each
   * property a number local (`c.ra` reads `c_ra`), computed here in the order of the type's
   * properties (the helper's body is inlined once per property).
   */
  private objectDeclaration(d: ts.VariableDeclaration & { name: ts.Identifier }, symbol: ts.Symbol, call: ts.CallExpression): void {
    const { b, checker } = this;
    if (this.assigned.has(symbol)) {
      return b.fail(d, 'TSG1003', `'${d.name.text}' holds an object and is assigned again`,
        'declare a const for each object, or read the numbers you need into number variables');
    }
    const fields = new Map<string, Var>();
    for (const field of numberFields(checker, checker.getTypeAtLocation(d.name))!) {
      const v = b.newVar(`${d.name.text}_${field}`, 'f64', 'local', false);
      projectCall(this, call, field, v);
      fields.set(field, v);
    }
    this.scope.set(symbol, { kind: 'object', fields, typeText: checker.typeToString(checker.getTypeAtLocation(d.name)) });
  }

  /**
   * `const { a, b: u, c = 1 } = f(x)` of a helper returning an object of numbers (or `= r`, a
   * local holding one): each name a number local, computed as `f(x).a` (objectDeclaration). A
   * default never applies (the properties are numbers, never undefined) and is not evaluated,
   * as in JavaScript. False when the value is not such an object (the caller refuses it).
   */
  private objectPattern(d: ts.VariableDeclaration & { name: ts.ObjectBindingPattern }): boolean {
    const { b, checker } = this;
    const init = skipParens(d.initializer!);
    const fields = numberFields(checker, checker.getTypeAtLocation(init));
    const held = ts.isIdentifier(init) ? this.scope.get(checker.getSymbolAtLocation(init)!) : undefined;
    if (!fields || !(ts.isCallExpression(init) || held?.kind === 'object')) return false;
    for (const e of d.name.elements) {
      const key = e.propertyName ?? e.name;
      if (e.dotDotDotToken || !ts.isIdentifier(e.name) || !(ts.isIdentifier(key) || ts.isStringLiteral(key))) {
        return b.fail(e, 'TSG1007', 'object destructuring with rest elements, nested patterns or computed names is not supported',
          'bind plain names: const { a, b: other } = f(x)');
      }
      if (!fields.includes(key.text)) return b.fail(e, 'TSG1002', `'${init.getText(b.sf)}' has no number property '${key.text}'`, `read one of its properties: ${fields.join(', ')}`);
      const symbol = checker.getSymbolAtLocation(e.name)!;
      if (this.varPlans.get(symbol) === 'hoisted') {
        return b.fail(e, 'TSG1007', `'${e.name.text}' is destructured with 'var' and used outside its block`, 'declare it with let before the block');
      }
      const mutable = this.assigned.has(symbol);
      const v = b.newVar(e.name.text, 'f64', 'local', mutable);
      if (held?.kind === 'object') {
        if (mutable) b.assign(v, varAtom(held.fields.get(key.text)!), true);
        else b.eq('copy', [varAtom(held.fields.get(key.text)!)], v);
      } else if (mutable) b.assign(v, projectCall(this, init as ts.CallExpression, key.text), true);
      else projectCall(this, init as ts.CallExpression, key.text, v);
      this.scope.set(symbol, { kind: 'var', v });
    }
    return true;
  }

  /**
   * `const [a, b] = [x * 2, y]` (every element evaluated first, then bound) or
   * `const [p, q] = arr` (`p = arr[0]`, `q = arr[1]`), with holes; no defaults, rest or nesting.
   */
  private arrayPattern(d: ts.VariableDeclaration & { name: ts.ArrayBindingPattern }): void {
    const { b, checker } = this;
    const init = d.initializer && skipParens(d.initializer);
    const elements = d.name.elements;
    for (const e of elements) {
      if (ts.isOmittedExpression(e)) continue;
      if (e.dotDotDotToken || e.initializer || !ts.isIdentifier(e.name)) {
        return b.fail(e, 'TSG1007', 'array destructuring with defaults, rest elements or nested patterns is not supported',
          'bind plain names: const [a, b] = …');
      }
      if (this.varPlans.get(checker.getSymbolAtLocation(e.name)!) === 'hoisted') {
        return b.fail(e, 'TSG1007', `'${e.name.text}' is destructured with 'var' and used outside its block`, 'declare it with let before the block');
      }
    }
    let values: (Atom | undefined)[];
    if (init && ts.isArrayLiteralExpression(init)) {
      if (init.elements.some((e) => ts.isSpreadElement(e) || ts.isOmittedExpression(e))) {
        return b.fail(init, 'TSG1008', 'spreads and holes in array literals are not supported', 'write the elements out, or copy with a loop into new Float64Array(n)');
      }
      values = init.elements.map((e) => lowerExpr(this, e));
    } else {
      const arr = init && (arrayBinding(this, init) ?? this.arrayResult(init));
      if (!arr) {
        return b.fail(d, 'TSG1007', 'array destructuring is supported from an array literal, an array of numbers or a call returning one',
          'destructure [x * 2, y], an array variable or parameter, or a helper\'s returned array');
      }
      const base = arr.kind === 'view' ? arr.base : arr.v;
      values = elements.map((e, i) => {
        if (ts.isOmittedExpression(e)) return undefined;
        const at = arr.kind === 'view' ? b.eq('add', [constAtom(i), arr.offset]) : constAtom(i);
        return b.eq('load', [varAtom(base), at]);
      });
    }
    elements.forEach((e, i) => {
      if (ts.isOmittedExpression(e)) return;
      const id = e.name as ts.Identifier;
      const value = values[i];
      if (!value) return b.fail(e, 'TSG1007', `'${id.text}' has no element to take: the array literal is shorter`, 'take as many names as the literal has elements');
      const symbol = checker.getSymbolAtLocation(id)!;
      const type = this.typeOf(symbol, checker.getTypeAtLocation(id), e);
      if (isArrayType(type) || isArrayType(atomType(value))) return b.fail(e, 'TSG1008', 'destructuring arrays of arrays is not supported', 'differentiated code works on flat arrays of numbers: index one array with i * n + j');
      const mutable = this.assigned.has(symbol);
      const v = b.newVar(id.text, type === 'int' && atomType(value) !== 'int' ? 'f64' : type, 'local', mutable);
      if (mutable) b.assign(v, value, true);
      else b.eq('copy', [value], v);
      this.scope.set(symbol, { kind: 'var', v });
    });
  }

  /** `minmax(xs)` of a helper returning an array (inlined): the array it returns, to destructure. */
  private arrayResult(init: ts.Expression): { kind: 'var'; v: Var } | undefined {
    if (!ts.isCallExpression(init) || !['Float64Array', 'number[]'].includes(classifyType(this.checker.getTypeAtLocation(init), this.checker))) return undefined;
    const atom = lowerExpr(this, init);
    return atom.kind === 'var' && isArrayType(atom.v.type) ? { kind: 'var', v: atom.v } : undefined;
  }

  /**
   * `[a, b] = [b, a]`, `[x[i], x[j]] = [x[j], x[i]]`: every value is read first (the literal,
   * or the elements of an array variable), then each target written, left to right.
   */
  private arrayAssignment(targets: ts.ArrayLiteralExpression, right: ts.Expression): void {
    const { b } = this;
    const init = skipParens(right);
    let values: Atom[];
    if (ts.isArrayLiteralExpression(init) && !init.elements.some((e) => ts.isSpreadElement(e) || ts.isOmittedExpression(e))) {
      values = init.elements.map((e) => lowerExpr(this, e));
    } else {
      const arr = arrayBinding(this, init) ?? this.arrayResult(init);
      if (!arr) return b.fail(right, 'TSG1007', 'array destructuring is supported from an array literal, an array of numbers or a call returning one', 'destructure an array literal or an array of numbers: const [a, b] = xs');
      const base = arr.kind === 'view' ? arr.base : arr.v;
      values = targets.elements.map((_, i) => b.eq('load', [varAtom(base), arr.kind === 'view' ? b.eq('add', [constAtom(i), arr.offset]) : constAtom(i)]));
    }
    // a variable's value as it is now, before the writes change it (`[a, b] = [b, a]`)
    values = values.map((v) => (v.kind === 'var' && v.v.mutable
      ? (v.v.type === 'f64[]' ? b.eq('copy', [v], b.generatedVar('old', 'f64[]', false)) : b.eq('copy', [v])) : v));
    // the values of the targets' indices, too, before any write (`[x[i], i] = …`)
    const writes = targets.elements.map((t, i) => {
      const target = skipParens(t);
      if (ts.isOmittedExpression(target)) return undefined;
      const value = values[i];
      if (!value) return b.fail(t, 'TSG1007', `'${t.getText(b.sf)}' has no element to take: the array literal is shorter`, 'take as many names as the literal has elements');
      if (ts.isElementAccessExpression(target)) {
        const { array, index } = element(this, target);
        if (isTable(this, array)) return b.fail(target, 'TSG1008', 'a module-level constant table cannot be written', 'copy the table into a local array (Float64Array.from(C)) and write that');
        return () => b.emit({ kind: 'store', array, index, value: this.numeric(value, t), loc: b.loc });
      }
      if (ts.isIdentifier(target)) {
        const v = assignable(this, target);
        // (array variables rebound, `[p, q] = [q, p]`)
        if (isArrayType(atomType(value)) !== isArrayType(v.type)) return b.fail(t, 'TSG1008', 'destructuring arrays of arrays is not supported', 'differentiated code works on flat arrays of numbers: index one array with i * n + j');
        const bound = isArrayType(v.type) ? this.boundArray(value, t, this.checker.getSymbolAtLocation(target)) : value;
        return () => b.assign(v, bound);
      }
      return b.fail(t, 'TSG1007', 'array destructuring assigns names and array elements only', 'assign each value with its own statement');
    });
    for (const w of writes) w?.();
  }

  /**
   * A local array: a new one (`new Float64Array(n)` or any typed array, `new Array(n).fill(c)`,
   * `[]`, `[a, b]`, `new Float64Array([a, b])`), a copy (`new Float64Array(xs)`,
   * `Float64Array.from(xs)`, `Array.from(xs)`, `xs.slice()`), or a window onto another
   * (`x.subarray(a, b)`, or `x` itself).
   */
  private arrayDeclaration(d: ts.VariableDeclaration, symbol: ts.Symbol, rebound: boolean, type: 'f64[]' | 'int[]'): void {
    const { b } = this;
    const init = d.initializer ? skipParens(d.initializer) : undefined;
    const name = (d.name as ts.Identifier).text;
    if (!init) return b.fail(d, 'TSG1008', `the array '${name}' must be initialized where it is declared`, 'initialize it in its declaration: let a = new Float64Array(n)');
    const declared = typedArrayName(this.checker.getTypeAtLocation(d.name));
    if (rebound && declared !== undefined && declared !== 'Float64Array') {
      return b.fail(d, 'TSG1008', `the ${declared} '${name}' may not be rebound to another array`,
        `copy into it element by element, or make it a Float64Array`);
    }
    const alloc = (ctor: string, length: Atom, extra: { fill?: Atom; elements?: Atom[] } = {}): Var => {
      const target = b.newVar(name, type, 'local', rebound);
      b.emit({ kind: 'alloc', target, ctor, length, ...extra, loc: b.loc });
      this.scope.set(symbol, { kind: 'var', v: target });
      return target;
    };
    const number = (e: ts.Expression) => this.numeric(lowerExpr(this, e), e);
    const ctorOf = (e: ts.Expression) =>
      (ts.isIdentifier(e) && (e.text === 'Array' || floatArrayTypes.has(e.text) || intArrayTypes.has(e.text)) ? e.text : undefined);
    const elementsOf = (list: ts.ArrayLiteralExpression) => {
      if (list.elements.some((e) => ts.isSpreadElement(e) || ts.isOmittedExpression(e))) {
        return b.fail(list, 'TSG1008', 'spreads and holes in array literals are not supported', 'write the elements one by one');
      }
      return list.elements.map(number);
    };
    /** A new array of `ctor` with the elements of `source` (an array variable or a window). */
    const copy = (ctor: string, source: ts.Expression): void => {
      const from = arrayBinding(this, source)!;
      const base = from.kind === 'view' ? from.base : from.v;
      const length = from.kind === 'view' ? from.length : b.eq('length', [varAtom(from.v)]);
      const target = alloc(ctor, length);
      const j = b.generatedVar('j', 'int', false);
      const loc = b.loc;
      const body = b.block(() => {
        const at = from.kind === 'view' && !(from.offset.kind === 'const' && from.offset.value === 0) ? b.eq('add', [varAtom(j), from.offset]) : varAtom(j);
        b.emit({ kind: 'store', array: target, index: varAtom(j), value: b.eq('load', [varAtom(base), at]), loc });
      }, true);
      b.emit({ kind: 'for', index: j, from: constAtom(0), to: length, step: 1, inclusive: false, body, loc });
    };
    const source = (args: readonly ts.Expression[] | undefined) => (args?.length === 1 && arrayBinding(this, args[0]!) ? args[0]! : undefined);
    if (ts.isNewExpression(init) && ts.isIdentifier(init.expression) && ctorOf(init.expression) && init.arguments?.length === 1) {
      const ctor = init.expression.text;
      const arg = skipParens(init.arguments[0]!);
      if (ctor !== 'Array' && ts.isArrayLiteralExpression(arg)) {
        const elements = elementsOf(arg);
        return void alloc(ctor, constAtom(elements.length), { elements });
      }
      const from = source(init.arguments);
      if (ctor !== 'Array' && from) return copy(ctor, from);
      if (ctor !== 'Array' && !this.arrayArgument(arg)) return void alloc(ctor, number(arg));
    }
    // Float64Array.from(xs), Array.from(xs), xs.slice()
    if (ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression)) {
      const { expression: owner, name: method } = init.expression;
      const ctor = ctorOf(owner);
      const from = source(init.arguments);
      if (method.text === 'from' && ctor && from) return copy(ctor, from);
      if (method.text === 'slice' && init.arguments.length === 0 && arrayBinding(this, owner)) {
        return copy(typedArrayName(this.checker.getTypeAtLocation(owner)) ?? 'Array', owner);
      }
    }
    if (ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression) && init.expression.name.text === 'fill' &&
        init.arguments.length === 1) {
      const inner = skipParens(init.expression.expression);
      const ctor = ts.isNewExpression(inner) && ts.isIdentifier(inner.expression) ? ctorOf(inner.expression) : undefined;
      if (ctor && ts.isNewExpression(inner) && inner.arguments?.length === 1 && !this.arrayArgument(inner.arguments[0]!)) {
        const length = number(inner.arguments[0]!);
        return void alloc(ctor, length, { fill: number(init.arguments[0]!) });
      }
    }
    if (ts.isArrayLiteralExpression(init)) {
      const elements = elementsOf(init);
      return void alloc('Array', { kind: 'const', value: elements.length }, { elements });
    }
    const view = this.window(init);
    if (view) {
      this.scope.set(symbol, view);
      return;
    }
    if (ts.isCallExpression(init)) {
      // the new array a helper returns (`var diffs = valuesMinusMeanSquared(vals)`)
      const made = lowerExpr(this, init);
      if (made.kind === 'var' && isArrayType(made.v.type)) {
        const v = b.newVar(name, type, 'local', rebound);
        if (rebound) {
          // (declared by an allocation, as every rebindable array variable is, then bound)
          const ctor = classifyType(this.checker.getTypeAtLocation(d.name), this.checker) === 'number[]' ? 'Array' : 'Float64Array';
          b.emit({ kind: 'alloc', target: v, ctor, length: constAtom(0), loc: b.loc });
          b.assign(v, made);
        } else b.eq('copy', [made], v);
        this.scope.set(symbol, { kind: 'var', v });
        return;
      }
    }
    const alias = arrayBinding(this, init);
    if (alias?.kind === 'var' && (alias.v.mutable || rebound)) {
      // another name for the array a rebindable variable holds now (`const tmp = h`)
      if (alias.v.kind === 'param') {
        const v = b.newVar(name, type, 'local', true);
        this.boundArray(varAtom(alias.v), d, symbol, v);
        this.scope.set(symbol, { kind: 'var', v });
        return;
      }
      if (rebound) return b.fail(d, 'TSG1008', `'${name}' may not be rebound: it names the array '${alias.v.name}' holds`, 'copy the array (Float64Array.from(h)) instead of naming it twice');
      const v = b.newVar(name, type, 'local', false);
      b.eq('copy', [varAtom(alias.v)], v);
      this.scope.set(symbol, { kind: 'var', v });
      return;
    }
    if (alias) {
      this.scope.set(symbol, alias.kind === 'view' ? alias : {
        kind: 'view', base: alias.v, offset: { kind: 'const', value: 0 }, length: b.eq('length', [varAtom(alias.v)]),
      });
      return;
    }
    return b.fail(init, 'TSG1008', `'${init.getText(b.sf)}' is not an array initializer tsgrad supports`,
      'use new Float64Array(n) (or another typed array), new Array(n).fill(0), [] or an array literal, new Float64Array([a, b]), a copy (Float64Array.from(xs), xs.slice()), or x.subarray(a, b)');
  }

  /** `x.subarray(a, b)` of an array tsgrad knows: a window onto it. */
  private window(e: ts.Expression): (Binding & { kind: 'view' }) | undefined {
    return windowExpr(this, e);
  }

  private arrayArgument(e: ts.Expression): boolean {
    return classifyType(this.checker.getTypeAtLocation(e), this.checker) !== 'number';
  }

  private typeOf(symbol: ts.Symbol, type: ts.Type, node: ts.Node): Type {
    // `let t;` (no type, no value): the type of what the function assigns it
    // (and `var q = g(x)`, g a package's JavaScript whose JSDoc type tsgrad cannot read: likewise)
    const c = type.flags & ts.TypeFlags.Any && ts.isVariableDeclaration(node) && !node.type &&
      (!node.initializer || this.fromJavaScript(node.initializer))
      ? this.assignedType(symbol, node)
      : type.flags & ts.TypeFlags.Any && ts.isVariableDeclaration(node) && node.type?.kind === ts.SyntaxKind.AnyKeyword ? this.anyType(symbol, node)
      : ts.isVariableDeclaration(node) && !node.type && node.initializer && isEmptyArray(node.initializer) ? this.evolvedType(symbol, type)
      : classifyType(type, this.checker);
    if (c === 'boolean') return 'bool';
    if (c === 'string') return 'str';
    if (c === 'Float64Array' || c === 'number[]') return 'f64[]';
    if (c === 'intArray') return 'int[]';
    if (c === 'number') return this.integers.has(symbol) ? 'int' : 'f64';
    if (nullableNumber(type)) {
      return this.b.fail(node, 'TSG1003', `variables of type '${this.checker.typeToString(type)}' are not supported: tsgrad does not follow a number that may be ${nullableNumber(type)} through a function`,
        'test for the missing value where it is computed and use a number here (a parameter may be optional: s?: number)');
    }
    return this.b.fail(node, 'TSG1003', `variables of type '${this.checker.typeToString(type)}' are not supported`,
      'local variables hold numbers or booleans');
  }

  /**
   * Of `var nums = []` (tsc's evolving array, `any[]` where it is declared): the type the pushes
   * give it, as tsc reads it where the variable is used after them (`return nums`: number[]).
   */
  private evolvedType(symbol: ts.Symbol, declared: ts.Type): ReturnType<typeof classifyType> {
    const { checker } = this;
    const kinds = new Set<ReturnType<typeof classifyType>>();
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && !(ts.isVariableDeclaration(n.parent) && n.parent.name === n) && checker.getSymbolAtLocation(n) === symbol) {
        const t = checker.getTypeAtLocation(n);
        const element = checker.isArrayType(t) ? checker.getTypeArguments(t as ts.TypeReference)[0] : undefined;
        if (!(element && element.flags & ts.TypeFlags.Any)) kinds.add(classifyType(t, checker));
      }
      ts.forEachChild(n, visit);
    };
    visit(this.fn);
    return kinds.size === 1 && kinds.has('number[]') ? 'number[]' : classifyType(declared, checker);
  }

  /**
   * Of a local declared `any` (`var fact: any = false`): by what it is given. Booleans only: a
   * boolean; numbers only: a number; numbers and the literals `true`/`false`: a number (false
   * is 0, true is 1) when every read of it is one where JavaScript makes the same of both
   * (arithmetic, an order comparison, a condition). Else 'other' (refused, naming the type).
   */
  private anyType(symbol: ts.Symbol, decl: ts.VariableDeclaration): ReturnType<typeof classifyType> {
    const { checker } = this;
    const values: ts.Expression[] = decl.initializer ? [decl.initializer] : [];
    let compound = false;
    const reads: ts.Identifier[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && n !== decl.name && checker.getSymbolAtLocation(n) === symbol) {
        const p = n.parent;
        if (ts.isBinaryExpression(p) && p.left === n && isAssignmentOperator(p.operatorToken.kind)) {
          if (p.operatorToken.kind === ts.SyntaxKind.EqualsToken) values.push(p.right);
          else compound = true;
        } else reads.push(n);
      }
      ts.forEachChild(n, visit);
    };
    visit(this.fn);
    const literal = (e: ts.Expression) => skipParens(e).kind === ts.SyntaxKind.TrueKeyword || skipParens(e).kind === ts.SyntaxKind.FalseKeyword;
    const arithmetic = new Set([ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken,
      ts.SyntaxKind.PercentToken, ts.SyntaxKind.AsteriskAsteriskToken]);
    // (`total + x * i` with `total: any` is typed any: arithmetic with no string in it is a number)
    const kindOf = (e: ts.Expression) => {
      const inner = skipParens(e);
      const type = checker.getTypeAtLocation(e);
      if (type.flags & ts.TypeFlags.Any && ts.isBinaryExpression(inner) && arithmetic.has(inner.operatorToken.kind) &&
          [inner.left, inner.right].every((x) => !(checker.getTypeAtLocation(x).flags & ts.TypeFlags.StringLike))) return 'number';
      return classifyType(type, checker);
    };
    const kinds = values.map(kindOf);
    if (kinds.length > 0 && kinds.every((k) => k === 'boolean') && !compound) return 'boolean';
    if (kinds.every((k) => k === 'number')) return 'number';
    if (!kinds.every((k, i) => k === 'number' || literal(values[i]!))) return 'other';
    const orders = new Set([ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken]);
    const sameOfBoth = (n: ts.Expression): boolean => {
      let e: ts.Node = n;
      while (ts.isParenthesizedExpression(e.parent)) e = e.parent;
      const p = e.parent;
      if (ts.isBinaryExpression(p)) return binaryOk(p);
      if (ts.isPrefixUnaryExpression(p)) return p.operator !== ts.SyntaxKind.TildeToken;
      return (ts.isIfStatement(p) || ts.isWhileStatement(p) || ts.isDoStatement(p)) && p.expression === e ||
        ts.isConditionalExpression(p) && p.condition === e;
    };
    const binaryOk = (p: ts.BinaryExpression): boolean => {
      const k = p.operatorToken.kind;
      if (orders.has(k)) return true;
      // (arithmetic: `false + 1` is 1, as 0 + 1; not `+` with a string)
      if (k === ts.SyntaxKind.PlusToken) return [p.left, p.right].every((x) => !(checker.getTypeAtLocation(x).flags & ts.TypeFlags.StringLike));
      return k === ts.SyntaxKind.MinusToken || k === ts.SyntaxKind.AsteriskToken || k === ts.SyntaxKind.SlashToken ||
        k === ts.SyntaxKind.PercentToken || k === ts.SyntaxKind.AsteriskAsteriskToken;
    };
    return reads.every(sameOfBoth) ? 'number' : 'other';
  }

  private isRead(symbol: ts.Symbol): boolean {
    const visit = (n: ts.Node): boolean =>
      (ts.isIdentifier(n) && !(ts.isVariableDeclaration(n.parent) && n.parent.name === n) && this.checker.getSymbolAtLocation(n) === symbol) ||
      ts.forEachChild(n, visit) === true;
    return visit(this.fn);
  }

  /**
   * A call of a function of JavaScript (a package's, typed by JSDoc that tsgrad's checker may not
   * resolve: `@returns {NonNegativeInteger}`): its result's type says nothing, the other values
   * assigned decide, and a number when there are none (a wrong guess fails where it is used).
   */
  private fromJavaScript(e: ts.Expression): boolean {
    const call = skipParens(e);
    // a local variable of unknown type (itself given such a result): its own values decide
    if (ts.isIdentifier(call)) {
      const decl = this.checker.getSymbolAtLocation(call)?.valueDeclaration;
      return !!decl && ts.isVariableDeclaration(decl) && !decl.type && decl.getSourceFile() === this.fn.getSourceFile();
    }
    if (!ts.isCallExpression(call)) return false;
    let symbol = this.checker.getSymbolAtLocation(skipParens(call.expression));
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    return !!decl && isJavaScript(decl.getSourceFile());
  }

  /** Of a variable declared without type or value: `number` when every value it is assigned is one (likewise booleans). */
  private assignedType(symbol: ts.Symbol, decl: ts.VariableDeclaration): ReturnType<typeof classifyType> {
    const { b, checker } = this;
    const kinds = new Set<ReturnType<typeof classifyType>>();
    let untyped = false;
    const visit = (n: ts.Node): void => {
      if (ts.isBinaryExpression(n) && isAssignmentOperator(n.operatorToken.kind)) {
        const left = skipParens(n.left);
        if (ts.isIdentifier(left) && checker.getSymbolAtLocation(left) === symbol) {
          const value = checker.getTypeAtLocation(n.right);
          // (in a package's JavaScript, what an untyped function returns tells nothing: the others decide)
          if (n.operatorToken.kind === ts.SyntaxKind.EqualsToken && value.flags & ts.TypeFlags.Any && (inPackage(b.file) || this.fromJavaScript(n.right))) untyped = true;
          else kinds.add(n.operatorToken.kind === ts.SyntaxKind.EqualsToken ? classifyType(value, checker) : 'number');
        }
      }
      if (ts.isVariableDeclaration(n) && n.initializer && ts.isIdentifier(n.name) && checker.getSymbolAtLocation(n.name) === symbol) {
        const value = checker.getTypeAtLocation(n.initializer);
        if (value.flags & ts.TypeFlags.Any && this.fromJavaScript(n.initializer)) untyped = true;
        else kinds.add(classifyType(value, checker));
      }
      ts.forEachChild(n, visit);
    };
    visit(this.fn);
    if (kinds.size === 0 && untyped) return 'number';
    if (kinds.size === 0) return b.fail(decl, 'TSG1007', `'${symbol.name}' is never assigned a value`, 'give it a value where it is declared');
    if (kinds.size === 1) {
      const [only] = kinds;
      if (only === 'number' || only === 'boolean') return only;
    }
    return b.fail(decl, 'TSG1003', `'${symbol.name}' is declared without a type and is assigned values other than numbers`,
      `give it a type: let ${symbol.name}: number`);
  }

  /** An expression statement: an assignment or `++` without a copy of its value. */
  private effect(e: ts.Expression): void {
    const { b } = this;
    e = skipParens(e);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.CommaToken) {
      this.effect(e.left);
      this.effect(e.right);
      return;
    }
    if ((ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) &&
        (e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken)) {
      if (ts.isElementAccessExpression(skipParens(e.operand))) {
        lowerExpr(this, e);
        return;
      }
      const v = assignable(this, e.operand);
      b.assign(v, b.eq(e.operator === ts.SyntaxKind.PlusPlusToken ? 'add' : 'sub', [varAtom(v), constAtom(1)]));
      return;
    }
    const left = ts.isBinaryExpression(e) ? skipParens(e.left) : undefined;
    if (ts.isBinaryExpression(e) && left && ts.isElementAccessExpression(left) && isAssignmentOperator(e.operatorToken.kind)) {
      if (e.operatorToken.kind === ts.SyntaxKind.EqualsToken) storeElement(this, left, undefined, lowerExpr(this, e.right));
      else lowerExpr(this, e);
      return;
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isArrayLiteralExpression(skipParens(e.left))) {
      this.arrayAssignment(skipParens(e.left) as ts.ArrayLiteralExpression, e.right);
      return;
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const v = assignable(this, e.left);
      const right = skipParens(e.right);
      if (ts.isConditionalExpression(right) && v.mutable) {
        this.conditional(right, v, false);
        return;
      }
      const value = lowerExpr(this, e.right);
      const left = skipParens(e.left);
      b.assign(v, isArrayType(v.type) ? this.boundArray(value, e, ts.isIdentifier(left) ? this.checker.getSymbolAtLocation(left) : undefined) : value);
      return;
    }
    if (ts.isCallExpression(e) && this.consoleMethod(e)) {
      // kept in the forward sweep as written: numbers, booleans and strings
      const args = e.arguments.map((a) => {
        if (ts.isSpreadElement(a)) return b.fail(a, 'TSG1002', 'a spread argument to console is not supported', 'pass the values one by one');
        const hint = 'log numbers, booleans and strings (text, template literals, + of text and numbers)';
        if (this.isString(a) && !ts.isIdentifier(skipParens(a))) return this.messageParts(a, hint);
        const v = lowerExpr(this, a);
        if (isArrayType(atomType(v))) return b.fail(a, 'TSG1006', 'an array passed to console is not supported in a differentiated function', 'log its elements or its length: console.log(x[i], x.length)');
        return [v];
      });
      b.emit({ kind: 'log', method: this.consoleMethod(e)!, args, loc: b.loc });
      return;
    }
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) &&
        (e.expression.name.text === 'fill' || e.expression.name.text === 'push')) {
      const arr = arrayBinding(this, e.expression.expression) ?? windowExpr(this, e.expression.expression);
      const method = e.expression.name.text;
      if (arr?.kind === 'var' && isTable(this, arr.v)) {
        return b.fail(e, 'TSG1008', `'${e.expression.expression.getText(b.sf)}' is a module-level constant table; it cannot be written`, 'copy it into a local array first');
      }
      if (arr?.kind === 'var' && e.arguments.length === 1 && (method === 'fill' || arr.v.kind !== 'param')) {
        const value = this.numeric(lowerExpr(this, e.arguments[0]!), e.arguments[0]!);
        b.emit({ kind: method, array: arr.v, value, loc: b.loc });
        return;
      }
      if (arr?.kind === 'view' && method === 'fill' && e.arguments.length === 1) {
        // a window's elements, one by one
        const value = this.numeric(lowerExpr(this, e.arguments[0]!), e.arguments[0]!);
        const j = b.generatedVar('j', 'int', false);
        const loc = b.loc;
        const body = b.block(() => {
          const at = arr.offset.kind === 'const' && arr.offset.value === 0 ? varAtom(j) : b.eq('add', [varAtom(j), arr.offset]);
          b.emit({ kind: 'store', array: arr.base, index: at, value, loc });
        }, true);
        b.emit({ kind: 'for', index: j, from: constAtom(0), to: arr.length, step: 1, inclusive: false, body, loc });
        return;
      }
      if (arr && method === 'push' && e.arguments.length === 1) {
        return b.fail(e, 'TSG1008', `'${e.expression.getText(b.sf)}' grows an array that is not a local array of this function: tsgrad differentiates 'push' on an array the function declares (const out: number[] = [])`,
          'build the array locally and return it, or write into a parameter array of the final length: out[k++] = v');
      }
      if (arr) {
        return b.fail(e, 'TSG1008', `'${method}' is supported with one argument${method === 'push' ? ', on a local array' : ''}`, 'call it with one value');
      }
    }
    if (ts.isBinaryExpression(e) && compoundPrims.has(e.operatorToken.kind)) {
      const v = assignable(this, e.left);
      const rhs = this.numeric(lowerExpr(this, e.right), e.right);
      b.assign(v, b.eq(compoundPrims.get(e.operatorToken.kind)!, [varAtom(v), rhs]));
      return;
    }
    lowerExpr(this, e);
  }

  /**
   * What a return statement returns: its value, or of a helper returning an object of numbers,
   * the property this trace computes (`return { ra: …, dec: … }`, or an object read from
   * another such helper).
   */
  private projectedValue(e: ts.Expression): Atom {
    const { b } = this;
    const field = this.projection;
    if (field === undefined) return lowerExpr(this, e);
    const inner = skipParens(e);
    if (ts.isObjectLiteralExpression(inner)) {
      for (const p of inner.properties) {
        if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) {
          return b.fail(p, 'TSG1002', `'${this.name.split('.')[0]}' returns an object literal with '${p.getText(b.sf)}', which tsgrad cannot split into numbers`,
            'write the object as { name: number, … } with one number per property');
        }
      }
      // (every property is evaluated, in order, as JavaScript does: one may throw)
      let found: Atom | undefined;
      for (const p of inner.properties) {
        const name = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
        if (ts.isPropertyAssignment(p)) {
          const value = lowerExpr(this, p.initializer);
          if (name === field) found = value;
          continue;
        }
        // `{ r, theta }`: the variable `r`
        const symbol = this.checker.getShorthandAssignmentValueSymbol(p);
        const binding = symbol && this.scope.get(symbol);
        const value = binding?.kind === 'var' ? varAtom(binding.v) : lowerExpr(this, (p as ts.ShorthandPropertyAssignment).name);
        if (name === field) found = value;
      }
      if (found) return found;
    }
    if (ts.isIdentifier(inner)) {
      const symbol = this.checker.getSymbolAtLocation(inner);
      const binding = symbol && this.scope.get(symbol);
      const v = binding?.kind === 'object' ? binding.fields.get(field) : undefined;
      if (v) return varAtom(v);
    }
    if (ts.isCallExpression(inner)) return projectCall(this, inner, field);
    return b.fail(e, 'TSG1002', `'${this.name.split('.')[0]}' returns '${e.getText(b.sf)}', which tsgrad cannot read '${field}' of`,
      `return an object literal of numbers: return { ${field}: …, … }`);
  }

  /** `console.log(…)` (`warn`, `error`, `info`, `debug`) of the global console: the method. */
  private consoleMethod(e: ts.CallExpression): string | undefined {
    const callee = skipParens(e.expression);
    if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression) || callee.expression.text !== 'console') return undefined;
    const decl = this.checker.getSymbolAtLocation(callee.expression)?.declarations?.[0];
    if (decl && !decl.getSourceFile().isDeclarationFile) return undefined;
    return ['log', 'warn', 'error', 'info', 'debug'].includes(callee.name.text) ? callee.name.text : undefined;
  }

  private returnStmt(s: ts.ReturnStatement): Exits {
    const { b } = this;
    if (this.absent && (!s.expression || isNullish(s.expression))) {
      // `return null` / `return undefined` / `return;`: the result is a constant (no derivative flows), flagged
      const e = s.expression && skipParens(s.expression);
      if (e && (e.kind === ts.SyntaxKind.NullKeyword) !== (this.absent.value === 'null')) {
        return b.fail(e, 'TSG1009', `'${this.name}' returns both null and undefined`, `return ${this.absent.value} here, as its other paths do`);
      }
      b.assign(this.absent.flag, constAtom(true));
      if (!this.returned) {
        this.finalResult = constAtom(NaN);
        return { always: true, flags: new Set() };
      }
      if (this.returned.result) b.assign(this.returned.result, constAtom(NaN));
      this.returned.ret ??= this.flag('ret');
      b.assign(this.returned.ret, constAtom(true));
      return { always: true, flags: new Set([this.returned.ret]) };
    }
    if (this.absent && s.expression && mayBeAbsent(this, s.expression)) {
      // `return v`, `return v ? Math.sqrt(v) : v` of a local that may be absent: its flag is the result's
      const r = lowerMaybeNumber(this, s.expression);
      b.assign(this.absent.flag, r.absent);
      if (!this.returned) {
        this.finalResult = r.value;
        return { always: true, flags: new Set() };
      }
      if (this.returned.result) b.assign(this.returned.result, r.value);
      this.returned.ret ??= this.flag('ret');
      b.assign(this.returned.ret, constAtom(true));
      return { always: true, flags: new Set([this.returned.ret]) };
    }
    if (!s.expression && (this.returnsNumber || this.returnsBoolean || this.returnsArray)) return b.fail(s, 'TSG1009', `a differentiated function must return a ${this.returnsBoolean ? 'boolean' : this.returnsArray ? 'array' : 'number'}`, 'return a value on every path');
    if (s.expression && !this.returnsNumber && !this.returnsBoolean && !this.returnsArray) return b.fail(s, 'TSG1009', 'a void function returns no value', 'declare the function\'s return type as number, or drop the value');
    const value = (e: ts.Expression) => this.returnValue(e);
    if (!this.returned) {
      if (s.expression) this.finalResult = value(s.expression);
      return { always: true, flags: new Set() };
    }
    const { result } = this.returned;
    if (result && s.expression) b.assign(result, value(s.expression));
    this.returned.ret ??= this.flag('ret');
    b.assign(this.returned.ret, constAtom(true));
    return { always: true, flags: new Set([this.returned.ret]) };
  }

  /**
   * `throw new RangeError(message)` (or another of JavaScript's error constructors, with or
   * without `new`), or `throw message`: the vjp throws the same error at the same point.
   */
  private throwStmt(s: ts.ThrowStatement): Exits {
    const { b } = this;
    const e = skipParens(s.expression);
    const hint = 'throw new Error(message), RangeError or TypeError, or a string, whose message is text, numbers and template literals';
    let error: ErrorConstructor | undefined;
    let message: (string | Atom)[] | undefined;
    if ((ts.isNewExpression(e) || ts.isCallExpression(e)) && ts.isIdentifier(e.expression)) {
      const ctor = e.expression.text;
      const decl = this.checker.getSymbolAtLocation(e.expression)?.declarations?.[0];
      if (!(errorConstructors as readonly string[]).includes(ctor) || (decl && !decl.getSourceFile().isDeclarationFile)) {
        return b.fail(e, 'TSG1001', `throwing '${ctor}' is not supported: tsgrad copies a throw into the derivative only for JavaScript's own errors`, hint);
      }
      const args = e.arguments ?? [];
      if (args.length > 1) return b.fail(args[1]!, 'TSG1001', 'an error with options is not supported in a differentiated function', hint);
      error = ctor as ErrorConstructor;
      if (args[0]) message = this.messageParts(args[0], hint);
    } else if (this.isString(e)) {
      message = this.messageParts(e, hint);
    } else {
      return b.fail(e, 'TSG1001', `throwing '${e.getText(b.sf)}' is not supported`, hint);
    }
    b.emit({ kind: 'throw', ...(error ? { error } : {}), ...(message ? { message } : {}), loc: b.loc });
    return { always: true, flags: new Set() };
  }

  private isString(e: ts.Expression): boolean {
    return (this.checker.getTypeAtLocation(e).flags & ts.TypeFlags.StringLike) !== 0;
  }

  /** An error message: string literals, template literals, and `+` of strings with numbers or `String(x)`. */
  private messageParts(e: ts.Expression, hint: string): (string | Atom)[] {
    const { b } = this;
    e = skipParens(e);
    const piece = (x: ts.Expression): (string | Atom)[] => {
      if (this.isString(x)) return this.messageParts(x, hint);
      const a = lowerExpr(this, x);
      if (isArrayType(atomType(a))) return b.fail(x, 'TSG1006', 'an array in an error message is not supported', hint);
      return [a];
    };
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e.text];
    if (ts.isTemplateExpression(e)) {
      const out: (string | Atom)[] = [e.head.text];
      for (const span of e.templateSpans) out.push(...piece(span.expression), span.literal.text);
      return out.filter((p) => p !== '');
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return [...piece(e.left), ...piece(e.right)];
    if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'String' && e.arguments.length === 1) {
      return piece(e.arguments[0]!);
    }
    if (!this.isString(e)) return piece(e);
    // a string variable or parameter (`units + " units is invalid"`)
    if (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
      const a = lowerExpr(this, e);
      if (atomType(a) === 'str') return [a];
    }
    return b.fail(e, 'TSG1006', `'${e.getText(b.sf)}' is a string operation tsgrad does not support in an error message`, hint);
  }

  private jump(s: ts.BreakStatement | ts.ContinueStatement): Exits {
    const { b } = this;
    const label = s.label?.text;
    const isBreak = ts.isBreakStatement(s);
    const frame = [...this.loops].reverse().find((f) => (label === undefined ? !f.isBlock && (isBreak || !f.isSwitch) : f.label === label));
    if (!frame) return b.fail(s, 'TSG1009', `'${s.getText(b.sf)}' has no enclosing loop`, 'use break and continue inside a loop (or a switch for break)');
    if (!isBreak && (frame.isBlock || frame.isSwitch)) return b.fail(s, 'TSG1009', `'${s.getText(b.sf)}' does not name a loop`, 'continue a loop\'s label, not a block\'s or a switch\'s');
    const flag = isBreak ? (frame.brk ??= this.flag(`brk${label ? '_' + label : ''}`)) : (frame.cnt ??= this.flag(`cnt${label ? '_' + label : ''}`));
    b.assign(flag, constAtom(true));
    return { always: true, flags: new Set([flag]) };
  }

  /**
   * A labelled statement that is not a loop or a `switch` (`block: { … break block; … }`):
   * `break block` skips the rest of it, like a `break` out of a loop that runs once.
   */
  private labelled(s: ts.Statement, label: string): Exits {
    const frame: LoopFrame = { label, isBlock: true, brk: this.flag(`brk_${label}`) };
    // (re)set where the statement starts, in case it is inside a loop
    this.b.assign(frame.brk!, constAtom(false), true);
    this.loops.push(frame);
    const ex = this.lowerList(statementsOf(s), 0);
    this.loops.pop();
    const broken = ex.flags.has(frame.brk!);
    return { always: ex.always && !broken, flags: new Set([...ex.flags].filter((f) => f !== frame.brk)) };
  }

  /** A boolean jump flag, declared `false` at the start of the function. */
  private flag(base: string): Var {
    const v = this.b.generatedVar(base, 'bool', true);
    this.flags.add(v);
    return v;
  }

  // ---- loops ----

  private loop(s: ts.ForStatement | ts.WhileStatement | ts.DoStatement | ts.ForOfStatement, label: string | undefined): Exits {
    const { b } = this;
    if (ts.isForOfStatement(s)) return this.forOf(s, label);
    const header = ts.isForStatement(s)
      ? `for (${s.initializer?.getText(b.sf) ?? ''}; ${s.condition?.getText(b.sf) ?? ''}; ${s.incrementor?.getText(b.sf) ?? ''})`
      : ts.isWhileStatement(s) ? `while (${s.expression.getText(b.sf)})` : `do … while (${s.expression.getText(b.sf)})`;
    b.loc = b.locOf(s, header);
    const loc = b.loc;
    const checkpoint = checkpointDirective(b, s, this.loops.length > 0);
    if (ts.isForStatement(s)) {
      const counted = this.countedFor(s, label, loc, checkpoint);
      if (counted) return counted;
      if (checkpoint) notCounted(b, s);
      if (s.initializer) {
        if (ts.isVariableDeclarationList(s.initializer)) this.declarations(s.initializer);
        else this.effect(s.initializer);
      }
    }
    const condExpr = ts.isForStatement(s) ? s.condition : s.expression;
    const test = condExpr && (() => this.bool(lowerExpr(this, condExpr), condExpr));
    const incrementor = ts.isForStatement(s) ? s.incrementor : undefined;
    return this.generalLoop(label, loc, statementsOf(s.statement), ts.isDoStatement(s)
      ? { doTest: test! }
      : { ...(test ? { test } : {}), ...(incrementor ? { step: () => this.effect(incrementor) } : {}) });
  }

  /**
   * Any loop, as a `while` whose trip count the reverse sweep replays: `test` is evaluated
   * before each iteration (none: `true`), `head` starts each iteration, `step` ends it unless a
   * jump left the body (a `for`'s update), `advance` ends it in every case (nothing after the
   * loop reads what it writes), and `doTest` is a `do … while` condition, after the body.
   */
  private generalLoop(label: string | undefined, loc: Stmt['loc'], bodyStmts: readonly ts.Statement[], parts: {
    test?: () => Atom; head?: () => void; step?: () => void; advance?: () => void; doTest?: () => Atom;
  }): Exits {
    const { b } = this;
    const frame: LoopFrame = { label };
    this.loops.push(frame);
    const isDo = parts.doTest !== undefined;
    let cond: Atom = constAtom(true);
    const pre: Stmt[] = isDo ? [] : [...b.block(() => {
      b.loc = loc;
      cond = parts.test ? parts.test() : constAtom(true);
    }, true)];
    let bodyEx = none;
    let body: Stmt[] = [...b.block(() => {
      if (parts.head) { b.loc = loc; parts.head(); }
      bodyEx = this.lowerList(bodyStmts, 0);
    }, true)];
    this.loops.pop();
    // Jumps that leave this loop: its own breaks, outer breaks and continues, returns.
    const leaving = new Set([...bodyEx.flags].filter((f) => f !== frame.cnt));
    const tail = (fill: () => void) => {
      const part = b.block(() => { b.loc = loc; fill(); }, true);
      if (part.length === 0) return;
      if (leaving.size === 0) body.push(...part);
      else {
        let guarded: Block = [];
        const g = b.block(() => { const c = this.noneSet(leaving); guarded = [{ kind: 'if', cond: c, then: part, else: [], loc }]; }, true);
        body.push(...g, ...guarded);
      }
    };
    if (parts.step) tail(parts.step);
    if (parts.advance) body.push(...b.block(() => { b.loc = loc; parts.advance!(); }, true));
    if (parts.doTest) {
      frame.brk ??= this.flag(`brk${label ? '_' + label : ''}`);
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
        const free = this.noneSet(leaving);
        cond = c0.kind === 'const' ? free : b.eq('and', [free, c0]);
      }, true));
    }
    b.emit({ kind: 'while', pre, cond, body, loc });
    // What leaves this loop and the enclosing ones still needs guarding after it.
    const outward = new Set([...leaving].filter((f) => f !== frame.brk));
    return { always: false, flags: outward };
  }

  /**
   * `for (let i = a; i < b; i++)` (or `<=`, `>`, `>=`, `+= k`, `-= k`) with an integer start,
   * a bound the loop does not change, an index the body does not assign and no `break` or
   * `return` out of it: a counted loop, reversed by counting back.
   */
  private countedFor(s: ts.ForStatement, label: string | undefined, loc: Stmt['loc'], checkpoint?: Checkpoint): Exits | undefined {
    const { b, checker } = this;
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
    const declared = ts.isVariableDeclarationList(init) && (init.flags & ts.NodeFlags.Let || this.varPlans.get(symbol) === 'block');
    const outerBinding = declared ? undefined : this.scope.get(symbol);
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
    if (!this.integers.has(symbol)) return undefined;
    // (the last value is simple to give for steps of one)
    if (outer && Math.abs(step) !== 1) return undefined;

    // (the index's start, then the others' initializers, then the bound, as JavaScript
    // evaluates them: a bound may read one of the others, `for (var i = 0, n = a.length; i < n; i++)`)
    const from = lowerExpr(this, start);
    if (atomType(from) !== 'int') return undefined;
    if (others.length > 0) this.declarations(others);
    const bound = lowerExpr(this, test.right);
    const to = shift === 0 ? bound : b.eq(shift > 0 ? 'sub' : 'add', [bound, constAtom(Math.abs(shift))]);
    const index = b.newVar(id.text, 'int', 'local', false);
    this.scope.set(symbol, { kind: 'var', v: index });
    const frame: LoopFrame = { label };
    this.loops.push(frame);
    let body: Stmt[] = [...b.block(() => this.lowerList(statementsOf(s.statement), 0), true)];
    this.loops.pop();
    if (frame.cnt) body = [{ kind: 'assign', target: frame.cnt, value: constAtom(false), decl: false, loc }, ...body];
    const inclusive = op === ts.SyntaxKind.LessThanEqualsToken || op === ts.SyntaxKind.GreaterThanEqualsToken;
    if (checkpoint) checkpointable(b, s, body, index);
    b.emit({ kind: 'for', index, from, to, step, inclusive, body, loc, ...(checkpoint ? { checkpoint } : {}) });
    if (outer) {
      // the value the loop leaves in i: max(from, to) for i < to, max(from, to + 1) for i <= to (and down)
      this.scope.set(symbol, outerBinding!);
      b.loc = loc;
      const known = (a: Atom) => (a.kind === 'const' && a.text === undefined ? a.value as number : undefined);
      const t = known(to);
      const end = !inclusive ? to : t !== undefined ? constAtom(t + step) : b.eq(step > 0 ? 'add' : 'sub', [to, constAtom(1)]);
      const [f, e] = [known(from), known(end)];
      b.assign(outer, f !== undefined && e !== undefined ? constAtom(step > 0 ? Math.max(f, e) : Math.min(f, e)) : b.eq(step > 0 ? 'max' : 'min', [from, end]));
    }
    return none;
  }

  /**
   * `switch` with fall-through: the index of the clause control enters (the first case equal
   * to the discriminant, else `default`) is computed first, case expressions in order as
   * JavaScript evaluates them; clause i then runs when that index is ≤ i and no `break`
   * (or other jump) happened before it.
   */
  private switchStmt(s: ts.SwitchStatement, label: string | undefined): Exits {
    const { b } = this;
    b.loc = b.locOf(s, `switch (${s.expression.getText(b.sf)})`);
    const loc = b.loc;
    const clauses = s.caseBlock.clauses;
    const discriminant = lowerExpr(this, s.expression);
    if (atomType(discriminant) === 'bool') return b.fail(s.expression, 'TSG1009', "'switch' on a boolean is not supported; use if/else", 'write if (c) { … } else { … }');
    const fallback = clauses.findIndex((c) => ts.isDefaultClause(c));
    const entry = b.generatedVar('entry', 'int', true);
    const cases = clauses.flatMap((c, i) => (ts.isCaseClause(c) ? [{ c, i }] : []));
    const select = (k: number): void => {
      if (k === cases.length) {
        b.assign(entry, constAtom(fallback < 0 ? clauses.length : fallback), true);
        return;
      }
      const { c, i } = cases[k]!;
      b.loc = b.locOf(c, `case ${c.expression.getText(b.sf)}:`);
      // each test in the else of the one before: tsc does not narrow the discriminant by them
      const hit = b.eq('eq', [discriminant, lowerExpr(this, c.expression)], undefined, false);
      const then = b.block(() => b.assign(entry, constAtom(i), true));
      const els = b.block(() => select(k + 1));
      b.emit({ kind: 'if', cond: hit, then, else: els, loc: b.loc });
    };
    select(0);
    const frame: LoopFrame = { label, isSwitch: true, brk: this.flag('brk') };
    b.assign(frame.brk!, constAtom(false), true);
    this.loops.push(frame);
    let leaving = new Set<Var>();
    clauses.forEach((c, i) => {
      b.loc = loc;
      let test = b.eq('le', [varAtom(entry), constAtom(i)]);
      if (leaving.size > 0) test = b.eq('and', [this.noneSet(leaving), test]);
      let ex = none;
      const then = b.block(() => { ex = this.lowerList(c.statements, 0); });
      b.emit({ kind: 'if', cond: test, then, else: [], loc });
      leaving = union(leaving, ex.flags) as Set<Var>;
    });
    this.loops.pop();
    return { always: false, flags: new Set([...leaving].filter((f) => f !== frame.brk)) };
  }

  /** `for (const v of a) body`: a counted loop over a's indices, reading `v = a[i]` first. */
  private forOf(s: ts.ForOfStatement, label: string | undefined): Exits {
    const { b, checker } = this;
    b.loc = b.locOf(s, `for (${s.initializer.getText(b.sf)} of ${s.expression.getText(b.sf)})`);
    const loc = b.loc;
    const init = s.initializer;
    const indexed = 'loop over the indices instead: for (let i = 0; i < a.length; i++), reading a[i]';
    if (!ts.isVariableDeclarationList(init)) {
      return b.fail(init, 'TSG1009', "'for … of' must declare its own variable", `write for (const ${init.getText(b.sf)} of …) with a new name`);
    }
    // `for (const [i, v] of a.entries())`: the index and the element
    const pair = entriesPattern(s);
    if (init.declarations.length !== 1 || (!ts.isIdentifier(init.declarations[0]!.name) && !pair)) {
      return b.fail(init, 'TSG1009', "'for … of' with a destructuring pattern is supported only as for (const [i, v] of a.entries())", indexed);
    }
    if (pair?.index && this.assigned.has(checker.getSymbolAtLocation(pair.index)!)) {
      return b.fail(pair.index, 'TSG1009', `the index '${pair.index.text}' of 'for … of' over entries() may not be assigned`, indexed);
    }
    // (`x.subarray(a, b)` is evaluated once, before the loop)
    const iterated = pair ? pair.array : s.expression;
    const arr = arrayBinding(this, iterated) ?? this.window(iterated);
    if (!arr) {
      return b.fail(iterated, 'TSG1009', `'for … of' over '${iterated.getText(b.sf)}' is not supported: only over an array of numbers`,
        `name the array (a Float64Array or number[] variable or parameter, or a window x.subarray(a, b)), or ${indexed}`);
    }
    const name = pair ? pair.value : init.declarations[0]!.name as ts.Identifier;
    const symbol = name && checker.getSymbolAtLocation(name)!;
    let base = arr.kind === 'view' ? arr.base : arr.v;
    const to = arr.kind === 'view' ? arr.length : b.eq('length', [varAtom(arr.v)]);
    if (base.mutable) {
      // the loop goes over the array the variable holds when it starts, whatever the body rebinds
      const items = b.generatedVar('items', 'f64[]', false);
      b.eq('copy', [varAtom(base)], items);
      base = items;
    }
    // a loop that a jump may leave early is a general loop over the indices; so is one over an
    // array its body pushes onto, which visits the elements pushed too (the length is read at every step)
    const iteratedSymbol = ts.isIdentifier(skipParens(iterated)) ? checker.getSymbolAtLocation(skipParens(iterated)) : undefined;
    const grows = arr.kind !== 'view' && iteratedSymbol !== undefined && resizedArrays(s.statement, checker).has(iteratedSymbol);
    const jumps = leavesLoop(s.statement, label) || grows;
    const index = b.generatedVar('i', 'int', jumps);
    const element = () => {
      if (pair?.index) {
        const i = b.newVar(pair.index.text, 'int', 'local', false);
        b.eq('copy', [varAtom(index)], i);
        this.scope.set(checker.getSymbolAtLocation(pair.index)!, { kind: 'var', v: i });
      }
      if (!name || !symbol) return;
      const at = arr.kind === 'view' && !(arr.offset.kind === 'const' && arr.offset.value === 0) ? b.eq('add', [varAtom(index), arr.offset]) : varAtom(index);
      const hoisted = this.varPlans.get(symbol) === 'hoisted' ? this.scope.get(symbol) : undefined;
      if (hoisted?.kind === 'var') {
        // `for (var v of a)` with v read after the loop: the function's v takes each element
        b.assign(hoisted.v, b.eq('load', [varAtom(base), at]));
        return;
      }
      const mutable = this.assigned.has(symbol);
      const v = b.newVar(name.text, 'f64', 'local', mutable);
      if (mutable) b.assign(v, b.eq('load', [varAtom(base), at]), true);
      else b.eq('load', [varAtom(base), at], v);
      this.scope.set(symbol, { kind: 'var', v });
    };
    if (jumps) {
      b.assign(index, constAtom(0), true);
      return this.generalLoop(label, loc, statementsOf(s.statement), {
        test: () => b.eq('lt', [varAtom(index), grows ? b.eq('length', [varAtom(base)]) : to]),
        head: element,
        advance: () => b.assign(index, b.eq('add', [varAtom(index), constAtom(1)])),
      });
    }
    const frame: LoopFrame = { label };
    this.loops.push(frame);
    let body: Stmt[] = [...b.block(() => {
      b.loc = loc;
      element();
      this.lowerList(statementsOf(s.statement), 0);
    }, true)];
    this.loops.pop();
    if (frame.cnt) body = [{ kind: 'assign', target: frame.cnt, value: constAtom(false), decl: true, loc }, ...body];
    b.emit({ kind: 'for', index, from: constAtom(0), to, step: 1, inclusive: false, body, loc });
    return none;
  }

  // ---- expressions that need statements ----

  /**
   * `c ? a : b` as an `if`: only the branch taken is evaluated, so the other cannot put a
   * NaN into the adjoint (`x > 0 ? Math.log(x) : 0`). `target` receives the value; `decl`
   * when this is its declaration (else it is an overwrite).
   */
  conditional(e: ts.ConditionalExpression, target?: Var, decl = true): Atom {
    const cond = this.bool(lowerExpr(this, e.condition), e.condition);
    if (cond.kind === 'const') {
      // (decided here, `cb ? … : …` of a callback left out: the other branch is never lowered)
      const chosen = cond.value ? e.whenTrue : e.whenFalse;
      if (!target) return lowerExpr(this, chosen);
      if (!target.mutable) return lowerExpr(this, chosen, target);
      this.b.assign(target, lowerExpr(this, chosen), decl);
      return varAtom(target);
    }
    const type = target?.type ?? (classifyType(this.checker.getTypeAtLocation(e), this.checker) === 'boolean' ? 'bool' : 'f64');
    // (an array variable bound to a parameter gets a copy of it: see boundArray)
    const branch = (x: ts.Expression) => () => (target && isArrayType(target.type) ? this.boundArray(lowerExpr(this, x), x, undefined) : lowerExpr(this, x));
    return this.select(cond, branch(e.whenTrue), branch(e.whenFalse), type, target, decl);
  }

  select(cond: Atom, whenTrue: () => Atom, whenFalse: () => Atom, type: Type, target?: Var, decl = true): Atom {
    const { b } = this;
    const r = target?.mutable ? target : b.newVar('t', type, 'temp', true);
    const loc = b.loc;
    const fresh = r !== target || decl;
    const branch = (x: () => Atom) => b.block(() => { b.assign(r, x(), fresh); });
    b.emit({ kind: 'if', cond, then: branch(whenTrue), else: branch(whenFalse), loc });
    return target && !target.mutable ? b.eq('copy', [varAtom(r)], target) : varAtom(r);
  }

  /** The value a `return` gives: a number, a boolean (a predicate), or an array (a helper that makes one). */
  private returnValue(e: ts.Expression): Atom {
    if (this.projection !== undefined) return this.numeric(this.projectedValue(e), e);
    if (this.returnsBoolean) return this.bool(lowerExpr(this, e), e);
    if (!this.returnsArray) return this.numeric(lowerExpr(this, e), e);
    const made = this.returnedAllocation(e);
    if (made) return made;
    const a = lowerExpr(this, e);
    if (!isArrayType(atomType(a))) return this.b.fail(e, 'TSG1006', 'the result must be an array', 'return an array variable of the function');
    // (a parameter returned is a copy: the caller's array variable then holds an array of its own)
    return this.boundArray(a, e, undefined);
  }

  /**
   * `return new Float64Array([a, b])`, `return [a, b]`, `return new Float64Array(n)`: a new
   * array returned where it is made, as if bound to a local first (`const r = …; return r`).
   */
  private returnedAllocation(e: ts.Expression): Atom | undefined {
    const { b } = this;
    const inner = skipParens(e);
    const literal = (list: ts.ArrayLiteralExpression, ctor: string): Atom | undefined => {
      if (list.elements.some((x) => ts.isSpreadElement(x) || ts.isOmittedExpression(x))) return undefined;
      const elements = list.elements.map((x) => this.numeric(lowerExpr(this, x), x));
      const target = b.generatedVar('made', 'f64[]', false);
      b.emit({ kind: 'alloc', target, ctor, length: constAtom(elements.length), elements, loc: b.loc });
      return varAtom(target);
    };
    if (ts.isArrayLiteralExpression(inner)) return literal(inner, 'Array');
    if (!ts.isNewExpression(inner) || !ts.isIdentifier(inner.expression) || !floatArrayTypes.has(inner.expression.text) || inner.arguments?.length !== 1) return undefined;
    const ctor = inner.expression.text;
    const arg = skipParens(inner.arguments[0]!);
    if (ts.isArrayLiteralExpression(arg)) return literal(arg, ctor);
    if (this.arrayArgument(arg)) return undefined;
    const length = this.numeric(lowerExpr(this, arg), arg);
    const target = b.generatedVar('made', 'f64[]', false);
    b.emit({ kind: 'alloc', target, ctor, length, loc: b.loc });
    return varAtom(target);
  }

  private numeric(a: Atom, node: ts.Node): Atom {
    const t = atomType(a);
    if (t === 'f64' || t === 'int') return a;
    return this.b.fail(node, 'TSG1006', 'the result must be a number', 'return a number: for a boolean, c ? 1 : 0');
  }

  /** A condition: a boolean, or a number's truthiness (`if (n)`, `while (k)`, `m ? a : b`). */
  private bool(a: Atom, node: ts.Node): Atom {
    if (isArrayType(atomType(a))) return this.b.fail(node, 'TSG1006', 'a condition must be a boolean or a number', 'test the length: x.length > 0');
    return boolean(this, a, node);
  }
}

/** `for (const [i, v] of a.entries())` (either name may be left out): its names and `a`. */
function entriesPattern(s: ts.ForOfStatement): { index?: ts.Identifier; value?: ts.Identifier; array: ts.Expression } | undefined {
  const init = s.initializer;
  const e = skipParens(s.expression);
  if (!ts.isVariableDeclarationList(init) || init.declarations.length !== 1) return undefined;
  const pattern = init.declarations[0]!.name;
  if (!ts.isArrayBindingPattern(pattern) || pattern.elements.length > 2) return undefined;
  if (!ts.isCallExpression(e) || e.arguments.length > 0 || !ts.isPropertyAccessExpression(e.expression) || e.expression.name.text !== 'entries') return undefined;
  const names: (ts.Identifier | undefined)[] = [];
  for (const el of pattern.elements) {
    if (ts.isOmittedExpression(el)) { names.push(undefined); continue; }
    if (el.dotDotDotToken || el.initializer || !ts.isIdentifier(el.name)) return undefined;
    names.push(el.name);
  }
  const [index, value] = names;
  return { ...(index ? { index } : {}), ...(value ? { value } : {}), array: e.expression.expression };
}

function isEmptyArray(e: ts.Expression): boolean {
  const inner = skipParens(e);
  return ts.isArrayLiteralExpression(inner) && inner.elements.length === 0;
}

function statementsOf(s: ts.Statement): readonly ts.Statement[] {
  return ts.isBlock(s) ? s.statements : [s];
}

/** The list never falls through its end (a jump at its top level, or an `if` whose branches all jump). */
function alwaysJumps(stmts: readonly ts.Statement[]): boolean {
  return stmts.some((s) =>
    ts.isReturnStatement(s) || ts.isBreakStatement(s) || ts.isContinueStatement(s) || ts.isThrowStatement(s) ||
    (ts.isBlock(s) && alwaysJumps(s.statements)) ||
    (ts.isIfStatement(s) && s.elseStatement !== undefined &&
      alwaysJumps(statementsOf(s.thenStatement)) && alwaysJumps(statementsOf(s.elseStatement))));
}

/** The list ends in a `throw` on every path (it never falls through, and returns or breaks nowhere). */
function alwaysThrows(stmts: readonly ts.Statement[]): boolean {
  for (const s of stmts) {
    if (ts.isThrowStatement(s)) return true;
    if (ts.isBlock(s) && alwaysThrows(s.statements)) return true;
    if (ts.isIfStatement(s) && s.elseStatement !== undefined &&
        alwaysThrows(statementsOf(s.thenStatement)) && alwaysThrows(statementsOf(s.elseStatement))) return true;
    // a statement that may jump elsewhere first
    if (alwaysJumps([s]) || hasJump(s)) return false;
  }
  return false;
}

function hasJump(n: ts.Node): boolean {
  return ts.isReturnStatement(n) || ts.isBreakStatement(n) || ts.isContinueStatement(n) ||
    (!ts.isFunctionLike(n) && ts.forEachChild(n, hasJump) === true);
}

function hasReturn(nodes: readonly ts.Node[]): boolean {
  const visit = (n: ts.Node): boolean =>
    ts.isReturnStatement(n) || (!ts.isFunctionLike(n) && ts.forEachChild(n, visit) === true);
  return nodes.some(visit);
}

/**
 * A `return`, or a `break`/`continue` that leaves `body`'s loop (labelled `label`): an
 * unlabelled `break` not inside an inner loop, or a labelled jump to a label outside `body`.
 */
function leavesLoop(body: ts.Statement, label: string | undefined): boolean {
  const inner = new Set<string>();
  const labels = (n: ts.Node): void => {
    if (ts.isLabeledStatement(n)) inner.add(n.label.text);
    ts.forEachChild(n, labels);
  };
  labels(body);
  const visit = (n: ts.Node, depth: number): boolean => {
    if (ts.isReturnStatement(n)) return true;
    if (ts.isBreakStatement(n) || ts.isContinueStatement(n)) {
      if (n.label) return !inner.has(n.label.text) && (ts.isBreakStatement(n) || n.label.text !== label);
      return ts.isBreakStatement(n) && depth === 0;
    }
    if (ts.isFunctionLike(n)) return false;
    const nested = ts.isIterationStatement(n, false) || ts.isSwitchStatement(n);
    return ts.forEachChild(n, (c) => visit(c, nested ? depth + 1 : depth)) === true;
  };
  return visit(body, 0);
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

/** The loop bound reads nothing the loop writes, and calls nothing but Math. */
function invariant(e: ts.Expression, written: Set<ts.Symbol>, checker: ts.TypeChecker): boolean {
  let ok = true;
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) {
      const s = checker.getSymbolAtLocation(n);
      if (s && written.has(s)) ok = false;
    }
    if (ts.isCallExpression(n) || ts.isElementAccessExpression(n)) ok = false;
    if (ts.isPropertyAccessExpression(n)) { visit(n.expression); return; }
    ts.forEachChild(n, visit);
  };
  visit(e);
  return ok;
}

/**
 * How each `var` of `fn` is lowered: `block` when it is declared once and used only after its
 * declaration in the same block (or only inside the `for` that declares it): then it is
 * a `let`; else `hoisted`, one variable of the whole function.
 */
function varPlans(fn: FunctionNode, checker: ts.TypeChecker): Map<ts.Symbol, 'block' | 'hoisted'> {
  const decls = new Map<ts.Symbol, ts.VariableDeclaration[]>();
  const refs = new Map<ts.Symbol, ts.Node[]>();
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclarationList(n) && !(n.flags & ts.NodeFlags.BlockScoped)) {
      for (const d of n.declarations) {
        const names = ts.isIdentifier(d.name) ? [d.name] : d.name.elements.flatMap((e) => (ts.isBindingElement(e) && ts.isIdentifier(e.name) ? [e.name] : []));
        for (const id of names) {
          const s = checker.getSymbolAtLocation(id);
          if (s) decls.set(s, [...(decls.get(s) ?? []), d]);
        }
      }
    }
    if (ts.isIdentifier(n) && !(n.parent && (ts.isVariableDeclaration(n.parent) || ts.isBindingElement(n.parent)) && n.parent.name === n)) {
      const s = checker.getSymbolAtLocation(n);
      if (s) refs.set(s, [...(refs.get(s) ?? []), n]);
    }
    ts.forEachChild(n, visit);
  };
  if (fn.body) visit(fn.body);
  const plans = new Map<ts.Symbol, 'block' | 'hoisted'>();
  for (const [s, ds] of decls) {
    const d = ds[0]!;
    const holder = d.parent.parent;
    const uses = refs.get(s) ?? [];
    const within = (n: ts.Node, from: number, to: number) => n.getStart() >= from && n.getEnd() <= to;
    let local = ds.length === 1;
    if (local && (ts.isForStatement(holder) || ts.isForOfStatement(holder) || ts.isForInStatement(holder))) {
      local = uses.every((u) => within(u, holder.getStart(), holder.getEnd()));
    } else if (local) {
      const block = holder.parent;
      local = uses.every((u) => within(u, d.getEnd(), block.getEnd()));
    }
    plans.set(s, local ? 'block' : 'hoisted');
  }
  return plans;
}

function identifiersIn(node: ts.Node): Set<string> {
  const out = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) out.add(n.text);
    ts.forEachChild(n, visit);
  };
  visit(node);
  return out;
}

/** Removes writes to jump flags nobody reads (a `return` whose rest went into an `else`). */
function dropUnreadFlags(body: Block, flags: ReadonlySet<Var>): Stmt[] {
  const read = new Set<Var>();
  const scan = (block: Block): void => {
    for (const s of block) {
      if (s.kind === 'eq') for (const a of s.args) if (a.kind === 'var') read.add(a.v);
      if (s.kind === 'if') { if (s.cond.kind === 'var') read.add(s.cond.v); scan(s.then); scan(s.else); }
      if (s.kind === 'while') { if (s.cond.kind === 'var') read.add(s.cond.v); scan(s.pre); scan(s.body); }
      if (s.kind === 'for') scan(s.body);
      if (s.kind === 'assign' && s.value.kind === 'var') read.add(s.value.v);
    }
  };
  scan(body);
  const keep = (block: Block): Stmt[] => block
    .filter((s) => !(s.kind === 'assign' && flags.has(s.target) && !read.has(s.target)))
    .map((s) => s.kind === 'if' ? { ...s, then: keep(s.then), else: keep(s.else) }
      : s.kind === 'while' ? { ...s, pre: keep(s.pre), body: keep(s.body) }
      : s.kind === 'for' ? { ...s, body: keep(s.body) } : s);
  return keep(body);
}


/**
 * `/** @noinline *\/` on the function (or on the `const` declaring an arrow function, or just
 * before the arrow), read from the text of the doc comment nearest to it: the program is parsed
 * without JSDoc (a tenth of a compile). A tag is `@noinline` after white space, outside
 * `code spans`, and not the start of a longer name.
 */
function hasNoinlineTag(fn: FunctionNode): boolean {
  const holders: ts.Node[] = [fn];
  if (!ts.isFunctionDeclaration(fn) && fn.parent && ts.isVariableDeclaration(fn.parent)) {
    holders.push(fn.parent);
    const list = fn.parent.parent;
    const statement = list.parent;
    // (a statement's doc comment belongs to its declaration only when it has one)
    if (ts.isVariableDeclarationList(list) && ts.isVariableStatement(statement) && list.declarations.length === 1) holders.push(statement);
  }
  const text = fn.getSourceFile().text;
  return holders.some((h) => {
    // the comments before the node: on the line of the token before it, then on later lines
    const at = h.getFullStart();
    const ranges = [...(ts.getTrailingCommentRanges(text, at) ?? []), ...(ts.getLeadingCommentRanges(text, at) ?? [])];
    const docs = ranges.filter((r) => r.kind === ts.SyntaxKind.MultiLineCommentTrivia && text.startsWith('/**', r.pos) && r.end - r.pos > 4);
    const last = docs[docs.length - 1];
    const doc = last && text.slice(last.pos + 3, last.end - 2).replace(/`[^`]*`/g, '');
    return doc !== undefined && /(^|\s)@noinline(?![\w-])/.test(doc);
  });
}

/**
 * A type annotation as written, with each type alias it names (declared here or imported)
 * replaced by what the alias stands for, as its declaration writes it (`Vec` → `Float64Array`,
 * `Weights` → `Float64Array | number[]`); undefined for a generic alias.
 */
function withoutAliases(node: ts.TypeNode, checker: ts.TypeChecker, depth = 0): string | undefined {
  const sf = node.getSourceFile();
  const parts: string[] = [];
  let pos = node.getStart(sf);
  let generic = false;
  const visit = (n: ts.Node): void => {
    if (ts.isTypeReferenceNode(n)) {
      let symbol = checker.getSymbolAtLocation(n.typeName);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const decl = symbol?.declarations?.find(ts.isTypeAliasDeclaration);
      if (decl) {
        const inner = decl.typeParameters || depth > 8 ? undefined : withoutAliases(decl.type, checker, depth + 1);
        if (inner === undefined) {
          generic = true;
          return;
        }
        const compound = ts.isUnionTypeNode(decl.type) || ts.isIntersectionTypeNode(decl.type) || ts.isFunctionTypeNode(decl.type) || ts.isConditionalTypeNode(decl.type);
        parts.push(sf.text.slice(pos, n.getStart(sf)), compound && n !== node ? `(${inner})` : inner);
        pos = n.getEnd();
        return;
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  parts.push(sf.text.slice(pos, node.getEnd()));
  return generic ? undefined : parts.join('');
}

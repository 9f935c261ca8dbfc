/**
 * The state of lowering one function, shared by the files of this folder (each one idea of
 * lowering statements, as functions of this state), and what a lowered statement may do besides
 * falling through (Exits).
 */
import ts from '../typescript.cjs';
import type { Atom, Projection, Type, Var } from '../../ir/types.js';
import { FunctionBuilder } from '../builder.js';
import type { Captured, FunctionValue, FunctionNode } from '../values.js';
import { returnKind } from '../calls.js';
import type { Binding, ExprContext } from '../expressions.js';
import { absentPart, type valuePart, assignedSymbols, classifyType, conditionalArrays, isNullablePart, integerSymbols, nullableNumber } from '../facts.js';
import { varPlans } from './var-plans.js';
import type { CallbackFrame } from './array-callbacks.js';
import type { OptionalArray } from './optional-arrays.js';

/** What a lowered statement may do besides falling through. */
export interface Exits {
  /** It never falls through: what follows it in its block is dead. */
  readonly always: boolean;
  /** The flags it may set (one per loop it breaks or continues, one for `return`). */
  readonly flags: ReadonlySet<Var>;
}

export const none: Exits = { always: false, flags: new Set() };
export const union = (a: ReadonlySet<Var>, b: ReadonlySet<Var>) => new Set([...a, ...b]);

export interface LoopFrame {
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

/**
 * What lowering one function keeps as it goes: the builder, what each name is bound to, the
 * loops and jump flags around the statement being lowered, and what the function returns.
 * The ideas of lowering (jumps, loops, declarations, …: the files beside this one) are
 * functions of it; FunctionLowering (function.ts) dispatches statements to them.
 */
export abstract class LoweringState implements ExprContext {
  readonly b: FunctionBuilder;
  readonly scope = new Map<ts.Symbol, Binding>();
  /** Module-level scratch buffers the function uses that it may not take for local arrays: why (module-scratch.ts). */
  readonly scratchRefusals = new Map<ts.Symbol, { why: string; hint: string }>();
  readonly assigned: Set<ts.Symbol>;
  readonly integers: Set<ts.Symbol>;
  /** Each `var`: lowered like a `let` where only its own block uses it, else hoisted. */
  readonly varPlans: Map<ts.Symbol, 'block' | 'hoisted'>;
  /** Parameters with a default value: the argument, and the variable the body reads. */
  readonly defaults: { arg: Var; local: Var; init: ts.Expression }[] = [];
  /** Optional number parameters (`s?: number`): the argument, the variable the body reads, and whether it holds `undefined`. */
  readonly optionals: { arg: Var; local: Var; flag: Var; node: ts.ParameterDeclaration }[] = [];
  /** The properties of options objects the function reads (`options.units`), read once at its start. */
  readonly fieldReads: { object: Var; key: string; out: Var }[] = [];
  /** Optional array parameters and arrays with a default (optional-arrays.ts). */
  readonly optionalArrays: OptionalArray[] = [];
  /** Of a variable that may hold `undefined` (an optional number parameter): the flag that says it does. */
  readonly undefinedFlags = new Map<Var, Var>();
  /** Of those, the locals whose missing value is null (nullable.ts). */
  readonly nullValued = new Set<Var>();
  /** The number of arguments the derivative is for (`arguments.length`), when callbacks are left out. */
  argumentCount?: number;
  /** Of a function returning `number | undefined` or `number | null`: see Func.absent. */
  absent?: { flag: Var; value: 'undefined' | 'null' };
  readonly loops: LoopFrame[] = [];
  /** Set while lowering the block body of an array method's callback: what its `return` does (array-callbacks.ts). */
  callback?: CallbackFrame;
  readonly flags = new Set<Var>();
  /** Set while lowering the general form of a loop that is counted where its start is an integer: its loops are not split again. */
  generalOnly = false;
  returned?: { result?: Var; ret?: Var };
  /** Array parameters the function rebinds (`vals = numbers(vals)`). */
  readonly reboundParams: { v: Var; symbol: ts.Symbol; node: ts.ParameterDeclaration }[] = [];
  written?: Map<ts.Symbol, ts.Node[]>;
  finalResult?: Atom;

  readonly returnsNumber: boolean;
  readonly returnsBoolean: boolean;
  /** Of a function returning `number | undefined`, the part of its result a caller reads (facts.ts: absentPart). */
  readonly part?: typeof absentPart | typeof valuePart;
  /** Of a helper returning an object of numbers: the one property this trace computes. */
  readonly projection?: string;
  /** The function's own name (`sunCoords` of the trace `sunCoords.ra`), as messages name it. */
  readonly own: string;
  /** Returns a new array (a helper: inlined into its callers). */
  readonly returnsArray: boolean;

  constructor(
    readonly fn: FunctionNode,
    readonly name: string,
    sf: ts.SourceFile,
    file: string,
    readonly checker: ts.TypeChecker,
    readonly exported: boolean,
    /** Called with each same-module function a call needs differentiated. */
    readonly needs: (fn: FunctionValue) => void,
    /** tsc's reports of variables read before they are assigned (TS2454), in the function's file. */
    readonly unassignedReads: () => readonly ts.Diagnostic[] = () => [],
    /** What its free names stand for, when a factory made it (values.ts). */
    captured?: ReadonlyMap<ts.Symbol, Captured>,
    /** Of a helper returning an object of numbers: the one property this trace computes. */
    projected?: Projection,
  ) {
    this.own = projected?.of ?? name;
    let projection = projected?.key;
    // (of a function returning `number | undefined`: its absent flag, or its number, for a caller)
    if (isNullablePart(projection)) {
      this.part = projection as typeof absentPart | typeof valuePart;
      projection = undefined;
    }
    if (projection !== undefined) this.projection = projection;
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
    for (const s of conditionalArrays(fn, checker)) this.assigned.add(s);
    this.integers = integerSymbols(fn, checker);
    this.varPlans = varPlans(fn, checker);
    if (nullable) this.absent = { flag: this.b.generatedVar('absent', 'bool', true), value: nullable };
  }

  /** Lowers one statement (function.ts: a dispatch on its kind). */
  abstract lowerStmt(s: ts.Statement): Exits;
  abstract conditional(e: ts.ConditionalExpression, target?: Var, decl?: boolean): Atom;
  abstract select(cond: Atom, whenTrue: () => Atom, whenFalse: () => Atom, type: Type, target?: Var, decl?: boolean): Atom;
  /** A fresh array passed as an argument (`new Float64Array(n)`, `Float64Array.from(x)`): its temporary local (arrays.ts freshArgument). */
  abstract freshArgument(e: ts.Expression): Var | undefined;
  /** A local function's call returning an object of numbers, lowered in place once (local-objects.ts). */
  localObjectCall?(e: ts.CallExpression, fields: readonly string[]): Atom[] | undefined;
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

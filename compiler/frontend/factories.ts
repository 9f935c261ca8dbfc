/**
 * Functions made by factories, followed when compiling: a module-level variable that holds
 * what a factory returns when called with constants,
 *
 *     export var polyInOut = (function custom(e) { e = +e; function polyInOut(t) {…e…}
 *       polyInOut.exponent = custom; return polyInOut; })(exponent);   // d3-ease
 *     const lerpAB = interpolateNumber(2, 5);   // return a = +a, b = +b, function (t) {…}
 *     const m3 = mk(3);                          // const mk = (a) => (t) => a * t * t
 *
 * is the function the factory returns (a function expression, an arrow, or a function
 * declared in the factory and returned by name), with the factory's free names bound
 * (`Captured`, values.ts): each parameter to its argument, and each of the factory's own
 * constants (`var k2 = k * 2`) and parameters it reassigns (`e = +e`) to the value it has when
 * the factory returns. tsgrad runs the statements before the `return` itself, on constants:
 * declarations of constants, assignments of the factory's own variables, `if` on a constant
 * condition (a check that throws for other arguments, or that returns another function),
 * properties set on its function (`polyInOut.exponent = custom`: read by callers, not by the
 * function's body, so left out). The returned function's body then reads them as constants
 * (inlined into its code, as module-level constants are), and calls the factory's other
 * functions with the same bindings (named `${variable}_${helper}`).
 *
 * What tsgrad cannot run when compiling makes the factory a `problem`, in words that name the
 * statement or argument: an argument that is not a constant (a parameter of the function that
 * calls the factory), a loop, a call made for its effects, an assignment to a variable that is
 * not the factory's own (state outside it), a local that is not a constant (an array).
 */
import ts from './typescript.cjs';
import { foldBoolean, foldConstant, isMathAlias, mathMember, skipParens } from './facts.js';
import type { Captured, FunctionNode, FunctionValue } from './values.js';

/** The function a call of a factory makes, or why tsgrad cannot follow it (at the node to point to). */
export type Made = { readonly fn: FunctionValue } | { readonly problem: string; readonly at: ts.Node; readonly hint: string };

/** The function an expression evaluates to (values.ts valueOf), named `name` when it has no name of its own. */
export type Follow = (e: ts.Expression, name: string, depth: number) => FunctionValue | undefined;

type Value = number | boolean | string;

const isFunctionNode = (n: ts.Node): n is FunctionNode => ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n);

const constantsHint = 'tsgrad follows a function a factory returns when the factory is called with literals, module-level constants, arithmetic of them, or functions, and runs only declarations of constants, assignments of its own variables and tests of constants before its `return`';

/** Thrown inside the evaluation: the factory cannot be run when compiling. */
class Refusal extends Error {
  constructor(readonly problem: string, readonly at: ts.Node, readonly hint = constantsHint) {
    super(problem);
  }
}

/**
 * The function `call` makes, named `name`: `call` calls a function expression or arrow in place
 * (an IIFE with arguments) or a function `follow` resolves (declared, imported, held in a
 * constant), which must not itself be made by a factory.
 */
export function madeByFactory(checker: ts.TypeChecker, call: ts.CallExpression, name: string, follow: Follow, depth: number): Made {
  const callee = skipParens(call.expression);
  const factory = isFunctionNode(callee) ? { node: callee, name: '' } : follow(callee, '', depth + 1);
  const own = isFunctionNode(callee) && !ts.isArrowFunction(callee) ? callee.name?.text : undefined;
  const text = isFunctionNode(callee) ? `the function${own ? ` '${own}'` : ''} called in place` : `'${callee.getText()}'`;
  if (!factory) return { problem: `${text} is not a function tsgrad can follow`, at: call.expression, hint: constantsHint };
  if (factory.captured) return { problem: `${text} is itself made by a factory: tsgrad follows one factory call, not a function a made function returns`, at: call.expression, hint: constantsHint };
  if (!factory.node.body) return { problem: `${text} is declared without a body here`, at: call.expression, hint: constantsHint };
  try {
    return { fn: new FactoryRun(checker, factory.node, name, follow, depth, call.getSourceFile()).run(call) };
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    return { problem: `${text} ${e.problem}`, at: e.at, hint: e.hint };
  }
}

/** One call of a factory, run on constants. */
class FactoryRun {
  /** The factory's free names as its returned function sees them (shared by its helpers: filled as the run goes). */
  private readonly env = new Map<ts.Symbol, Captured>();
  /** The factory's own variables and parameters (what it may assign). */
  private readonly own = new Set<ts.Symbol>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly factory: FunctionNode,
    private readonly name: string,
    private readonly follow: Follow,
    private readonly depth: number,
    /** The file of the call: a statement of the factory is named by its line there, by its file and line elsewhere. */
    private readonly home: ts.SourceFile,
  ) {}

  private where(n: ts.Node): string {
    const sf = n.getSourceFile();
    const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    return sf === this.home ? `line ${line}` : `${sf.fileName.replace(/.*[\\/]/, '')}:${line}`;
  }

  run(call: ts.CallExpression): FunctionValue {
    const { checker, factory } = this;
    for (const [i, p] of factory.parameters.entries()) {
      if (!ts.isIdentifier(p.name) || p.dotDotDotToken) throw new Refusal(`has the parameter '${p.getText()}', a pattern or a rest parameter`, p);
      const symbol = checker.getSymbolAtLocation(p.name)!;
      this.own.add(symbol);
      const arg = call.arguments[i];
      if (arg && ts.isSpreadElement(arg)) throw new Refusal('is called with a spread argument', arg);
      if (arg) this.env.set(symbol, this.argument(arg, p.name.text));
      else if (p.initializer) this.env.set(symbol, { kind: 'const', value: this.value(p.initializer, `gives its parameter '${p.name.text}' the default`) });
      else throw new Refusal(`is called without its parameter '${p.name.text}'`, call, 'pass every argument, or give the parameter a default value');
    }
    const body = factory.body!;
    // (the factory's functions, each bound as the returned one is, so that it calls them with the factory's values)
    if (ts.isBlock(body)) for (const s of body.statements) if (ts.isFunctionDeclaration(s) && s.name) this.declareFunction(s);
    const returned = ts.isBlock(body) ? this.block(body.statements) : body;
    if (!returned) throw new Refusal('returns no function', factory);
    const made = this.result(returned);
    this.keptConstant(body);
    return made;
  }

  /**
   * Refuses a factory whose functions assign its variables (a counter, a setter hung on the
   * returned function): their values would change after it returns, and the made function
   * reads them as the constants they were.
   */
  private keptConstant(body: ts.Node): void {
    const visit = (n: ts.Node, nested: boolean): void => {
      const target = ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment ? n.left
        : (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken) ? n.operand
        : undefined;
      const id = target && skipParens(target);
      if (nested && id && ts.isIdentifier(id) && this.own.has(this.checker.getSymbolAtLocation(id)!)) {
        const fn = ts.findAncestor(n, isFunctionNode)!;
        const named = !ts.isArrowFunction(fn) && fn.name ? `its function '${fn.name.text}'` : 'a function it makes';
        throw new Refusal(`keeps state between calls: ${named} assigns its variable '${id.text}' (${this.where(n)}), which tsgrad would read as the constant it is when the factory returns`, n,
          'compute the value from the function\'s parameters in the function itself, or pass it as a parameter');
      }
      ts.forEachChild(n, (c) => visit(c, nested || isFunctionNode(c)));
    };
    visit(body, false);
  }

  /** A function the factory declares, bound like the one it returns. */
  private declareFunction(s: ts.FunctionDeclaration): void {
    const symbol = this.checker.getSymbolAtLocation(s.name!)!;
    this.own.add(symbol);
    this.env.set(symbol, { kind: 'function', fn: { node: s, name: `${this.name}_${s.name!.text}`, captured: this.env } });
  }

  /** Runs statements until a `return`: its expression, or undefined when they end without one. */
  private block(statements: readonly ts.Statement[]): ts.Expression | undefined {
    for (const s of statements) {
      const returned = this.statement(s);
      if (returned) return returned;
    }
    return undefined;
  }

  private statement(s: ts.Statement): ts.Expression | undefined {
    const line = this.where(s);
    if (ts.isFunctionDeclaration(s) || ts.isEmptyStatement(s) || ts.isTypeAliasDeclaration(s) || ts.isInterfaceDeclaration(s)) return undefined;
    if (ts.isReturnStatement(s)) {
      if (!s.expression) throw new Refusal(`returns nothing (${line})`, s);
      return s.expression;
    }
    if (ts.isBlock(s)) return this.block(s.statements);
    if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) {
        if (!ts.isIdentifier(d.name)) throw new Refusal(`declares '${d.name.getText()}' by destructuring (${line})`, d);
        const symbol = this.checker.getSymbolAtLocation(d.name)!;
        this.own.add(symbol);
        const init = d.initializer && skipParens(d.initializer);
        if (init && isFunctionNode(init)) {
          this.env.set(symbol, { kind: 'function', fn: { node: init, name: `${this.name}_${d.name.text}`, captured: this.env } });
          continue;
        }
        if (!init) throw new Refusal(`declares '${d.name.text}' without a value (${line})`, d);
        this.env.set(symbol, { kind: 'const', value: this.value(init, `declares its local '${d.name.text}' (${line}) as`) });
      }
      return undefined;
    }
    if (ts.isExpressionStatement(s)) {
      this.effect(s.expression, line);
      return undefined;
    }
    if (ts.isIfStatement(s)) {
      const test = this.value(s.expression, `tests (${line})`);
      if (test) return this.statement(s.thenStatement);
      return s.elseStatement ? this.statement(s.elseStatement) : undefined;
    }
    if (ts.isThrowStatement(s)) throw new Refusal(`throws for these arguments (${line}: ${shown(s.expression)})`, s, 'call it with arguments it accepts');
    if (ts.isIterationStatement(s, false)) {
      throw new Refusal(`loops before it returns (${line}): tsgrad runs a factory's statements when compiling only when they are straight-line`, s);
    }
    throw new Refusal(`runs a statement tsgrad does not run when compiling (${line}: ${shown(s)})`, s);
  }

  /** An expression statement before the return (or a left operand of `return a = +a, f`): an assignment. */
  private effect(e: ts.Expression, line: string): void {
    e = skipParens(e);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.CommaToken) {
      this.effect(e.left, line);
      this.effect(e.right, line);
      return;
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && e.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      const target = skipParens(e.left);
      // `polyInOut.exponent = custom`: a property of one of its functions, which their bodies do not read
      if (ts.isPropertyAccessExpression(target) && ts.isIdentifier(target.expression)) {
        const bound = this.env.get(this.checker.getSymbolAtLocation(target.expression)!);
        if (bound?.kind === 'function') return;
      }
      const symbol = ts.isIdentifier(target) ? this.checker.getSymbolAtLocation(target) : undefined;
      if (!symbol || !this.own.has(symbol)) {
        throw new Refusal(`assigns '${target.getText()}' (${line}), which is not its own variable: a factory that changes state outside itself is not run when compiling`, e,
          'keep the state in the factory\'s own variables, or pass the values the function needs as parameters');
      }
      if (e.operatorToken.kind !== ts.SyntaxKind.EqualsToken) {
        const old = this.env.get(symbol);
        if (old?.kind !== 'const') throw new Refusal(`updates '${target.getText()}' (${line}), which holds no constant`, e);
        const rhs = this.value(e.right, `updates '${target.getText()}' (${line}) by`);
        this.env.set(symbol, { kind: 'const', value: compound(e.operatorToken.kind, old.value, rhs, e) });
        return;
      }
      const right = skipParens(e.right);
      if (isFunctionNode(right)) throw new Refusal(`assigns a function to '${target.getText()}' (${line})`, e);
      this.env.set(symbol, { kind: 'const', value: this.value(right, `assigns '${target.getText()}' (${line}) the value`) });
      return;
    }
    if (ts.isCallExpression(e)) {
      throw new Refusal(`calls '${e.expression.getText()}' for its effects (${line}): tsgrad does not run calls when compiling`, e);
    }
    if (ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) {
      throw new Refusal(`updates '${e.operand.getText()}' (${line}): tsgrad runs a factory's assignments with '=' only`, e, 'write it as an assignment: i = i + 1');
    }
    throw new Refusal(`evaluates ${shown(e)} for its effects (${line})`, e);
  }

  /** What the factory returns: a function, with the bindings. */
  private result(returned: ts.Expression): FunctionValue {
    let e = skipParens(returned);
    // `return a = +a, b = +b, function (t) {…}` (d3-interpolate)
    while (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.CommaToken) {
      this.effect(e.left, this.where(e.left));
      e = skipParens(e.right);
    }
    if (ts.isFunctionExpression(e) || ts.isArrowFunction(e)) return { node: e, name: this.name, captured: this.env };
    if (ts.isIdentifier(e)) {
      const bound = this.env.get(this.checker.getSymbolAtLocation(e)!);
      // (the function it declares, under the variable's name)
      if (bound?.kind === 'function') return { ...bound.fn, name: this.name };
      if (bound) throw new Refusal(`returns '${e.text}', which is not a function`, e);
    }
    // a function of its module (bezier-easing's `return LinearEasing` for some arguments)
    const other = this.follow(e, this.name, this.depth + 1);
    if (other && !other.captured) return other;
    throw new Refusal(`returns ${shown(e)}, which is not a function tsgrad can follow`, e);
  }

  /** A factory's argument, as its body sees it. */
  private argument(arg: ts.Expression, param: string): Captured {
    const e = skipParens(arg);
    if (!isFunctionNode(e)) {
      const v = this.constant(e);
      if (v !== undefined) return { kind: 'const', value: v };
    }
    const fn = this.follow(e, '', this.depth + 1);
    if (fn && !fn.captured) return { kind: 'function', fn };
    const what = `its argument '${arg.getText()}' (its parameter '${param}')`;
    const s = ts.isIdentifier(e) ? this.checker.getSymbolAtLocation(e) : undefined;
    const d = s?.valueDeclaration;
    const enclosing = d && ts.findAncestor(d.parent, isFunctionNode);
    const of = enclosing && (ts.isFunctionDeclaration(enclosing) || ts.isFunctionExpression(enclosing)) && enclosing.name ? ` of '${enclosing.name.text}'` : '';
    if (d && ts.isParameter(d)) {
      throw new Refusal(`is called with ${what}, a parameter${of}: tsgrad binds a factory's parameters to constants when compiling, not to values that change between calls`, arg,
        `write the function it returns as a function of both (function f(${param}: number, t: number) {…}) and call that, or register a derivative for the function that calls it`);
    }
    if (d && ts.isVariableDeclaration(d) && enclosing) {
      throw new Refusal(`is called with ${what}, a local variable${of}: tsgrad binds a factory's parameters to constants when compiling, not to values that change between calls`, arg,
        `write the function it returns as a function of both (function f(${param}: number, t: number) {…}) and call that`);
    }
    throw new Refusal(`is called with ${what}, which is not a constant tsgrad computes when compiling nor a function it can follow`, arg);
  }

  /** The value of a constant expression, or a refusal: `what` says what the factory does with it ('tests', 'gives its parameter p the default'). */
  private value(e: ts.Expression, what: string): Value {
    const v = this.constant(e);
    if (v === undefined) throw new Refusal(`${what} ${shown(e)}, which is not a constant tsgrad computes when compiling`, e);
    return v;
  }

  /**
   * The value of an expression of constants: literals, the factory's bound names, module-level
   * constants and Math's (facts.ts), JavaScript's operators on them (computed as JavaScript
   * computes them), `?:`, and Math's functions. Undefined for anything else.
   */
  private constant(e: ts.Expression): Value | undefined {
    e = skipParens(e);
    if (ts.isNumericLiteral(e)) return Number(e.text);
    if (ts.isStringLiteralLike(e)) return e.text;
    if (e.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (e.kind === ts.SyntaxKind.FalseKeyword) return false;
    if (ts.isIdentifier(e)) {
      const bound = this.env.get(this.checker.getSymbolAtLocation(e)!);
      if (bound) return bound.kind === 'const' ? bound.value : undefined;
    }
    if (ts.isPrefixUnaryExpression(e)) {
      const v = this.constant(e.operand);
      if (v === undefined) return undefined;
      switch (e.operator) {
        case ts.SyntaxKind.PlusToken: return +v;
        case ts.SyntaxKind.MinusToken: return -v;
        case ts.SyntaxKind.ExclamationToken: return !v;
        case ts.SyntaxKind.TildeToken: return ~v;
        default: return undefined;
      }
    }
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      const l = this.constant(e.left);
      if (l === undefined) return undefined;
      // (short-circuit: the right operand is not evaluated, as JavaScript does not)
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) return l ? this.constant(e.right) : l;
      if (op === ts.SyntaxKind.BarBarToken) return l ? l : this.constant(e.right);
      const r = this.constant(e.right);
      return r === undefined ? undefined : binary(op, l, r);
    }
    if (ts.isConditionalExpression(e)) {
      const c = this.constant(e.condition);
      return c === undefined ? undefined : this.constant(c ? e.whenTrue : e.whenFalse);
    }
    if (ts.isCallExpression(e)) {
      const callee = skipParens(e.expression);
      const member = ts.isPropertyAccessExpression(callee) ? (isMath(callee.expression, this.checker) ? callee.name.text : undefined) : mathMember(callee, this.checker);
      const f = member === undefined || member === 'random' ? undefined : (Math as unknown as Record<string, unknown>)[member];
      if (typeof f !== 'function') return undefined;
      const args = e.arguments.map((a) => this.constant(a));
      if (args.some((a) => typeof a !== 'number')) return undefined;
      return (f as (...xs: number[]) => number)(...(args as number[]));
    }
    // (module-level constants, Math's constants)
    return foldConstant(e, this.checker) ?? foldBoolean(e, this.checker);
  }
}

/** The global `Math`, or a module constant that holds it (`var M = Math`). */
function isMath(e: ts.Expression, checker: ts.TypeChecker): boolean {
  if (!ts.isIdentifier(e)) return false;
  if (e.text !== 'Math') return isMathAlias(e, checker);
  const decl = checker.getSymbolAtLocation(e)?.declarations?.[0];
  return !decl || decl.getSourceFile().isDeclarationFile;
}

/** An expression in a message: its text, cut after 40 characters. */
function shown(e: ts.Node): string {
  const text = e.getText().replace(/\s+/g, ' ');
  return `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;
}

/** JavaScript's binary operator `op` on two constants; undefined for an operator that is not one of arithmetic, comparison or bits. */
function binary(op: ts.SyntaxKind, l: Value, r: Value): Value | undefined {
  const a = l as number;
  const b = r as number;
  switch (op) {
    case ts.SyntaxKind.PlusToken: return (l as number) + (r as number);
    case ts.SyntaxKind.MinusToken: return a - b;
    case ts.SyntaxKind.AsteriskToken: return a * b;
    case ts.SyntaxKind.SlashToken: return a / b;
    case ts.SyntaxKind.PercentToken: return a % b;
    case ts.SyntaxKind.AsteriskAsteriskToken: return a ** b;
    case ts.SyntaxKind.LessThanToken: return a < b;
    case ts.SyntaxKind.LessThanEqualsToken: return a <= b;
    case ts.SyntaxKind.GreaterThanToken: return a > b;
    case ts.SyntaxKind.GreaterThanEqualsToken: return a >= b;
    case ts.SyntaxKind.EqualsEqualsEqualsToken: return l === r;
    case ts.SyntaxKind.ExclamationEqualsEqualsToken: return l !== r;
    // eslint-disable-next-line eqeqeq
    case ts.SyntaxKind.EqualsEqualsToken: return l == r;
    // eslint-disable-next-line eqeqeq
    case ts.SyntaxKind.ExclamationEqualsToken: return l != r;
    case ts.SyntaxKind.AmpersandToken: return a & b;
    case ts.SyntaxKind.BarToken: return a | b;
    case ts.SyntaxKind.CaretToken: return a ^ b;
    case ts.SyntaxKind.LessThanLessThanToken: return a << b;
    case ts.SyntaxKind.GreaterThanGreaterThanToken: return a >> b;
    case ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken: return a >>> b;
    default: return undefined;
  }
}

/** `x op= v` of constants (`k *= 2`). */
function compound(op: ts.SyntaxKind, old: Value, v: Value, at: ts.Node): Value {
  const plain = new Map<ts.SyntaxKind, ts.SyntaxKind>([
    [ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.PlusToken], [ts.SyntaxKind.MinusEqualsToken, ts.SyntaxKind.MinusToken],
    [ts.SyntaxKind.AsteriskEqualsToken, ts.SyntaxKind.AsteriskToken], [ts.SyntaxKind.SlashEqualsToken, ts.SyntaxKind.SlashToken],
    [ts.SyntaxKind.PercentEqualsToken, ts.SyntaxKind.PercentToken], [ts.SyntaxKind.AsteriskAsteriskEqualsToken, ts.SyntaxKind.AsteriskAsteriskToken],
  ]).get(op);
  const out = plain === undefined ? undefined : binary(plain, old, v);
  if (out === undefined) throw new Refusal(`updates a variable with '${ts.tokenToString(op)}' (${shown(at)})`, at);
  return out;
}

/**
 * Value classes: a class whose instance fields are all numbers, set by its constructor and
 * never assigned after (`class Vec3 { constructor(public x: number, public y: number, public z:
 * number) {} sub(o: Vec3): Vec3 { return new Vec3(…) } dot(o: Vec3): number { … } }`). An
 * instance is an object of numbers (object-numbers.ts: one number per field, `d.x` reads `d_x`),
 * `new C(args)` is the object its constructor makes (parameter properties, field initialisers,
 * then `this.f = …` in the body, lowered where the `new` is), and a method or getter is a helper
 * whose first parameter is `this`, lowered in place at each call: its parameters bound to the
 * arguments, `this` to the receiver's numbers, its `const`s and its `return` lowered as the
 * caller's own. A static method is such a helper without `this`. `#private` fields and methods
 * are fields and methods like the others (their locals and keys spelled `$x`). What stays out is
 * refused with the reason (valueClassProblem): inheritance, a field of another type than number,
 * a getter that assigns a field, a method that calls itself. A setter is a method called by a
 * property write (`g.db = v`, `g.db += 1`, `g.db++`: setterWrite), its parameter bound to the
 * value written.
 */
import ts from './typescript.cjs';
import { flatName, nestedObject } from './nested-objects.js';
import type { Atom, Var } from '../ir/types.js';
import { atomType, constAtom, isArrayType, varAtom } from './builder.js';
import { classifyType, isOptionalNumber, skipParens } from './facts.js';
import { type Binding, type ExprContext, boolean, lowerExpr, numeric, onceArguments, projectCall, windowExpr } from './expressions.js';
import { lowerMaybeNumber, optionalNumberVar } from './nullable.js';
import { adoptMethod, lowersStatements, methodNumber, methodStatements } from './statements/method-bodies.js';

/** A class tsgrad reads as an object of numbers: its declaration and its fields in order. */
export interface ValueClass {
  readonly decl: ts.ClassDeclaration;
  readonly name: string;
  /** Its fields in order, a base class's first. */
  readonly fields: readonly string[];
  /** The value class it extends. */
  readonly base?: ValueClass;
}

interface Problem { readonly node: ts.Node; readonly problem: string; readonly hint: string }

const isParameterProperty = (p: ts.ParameterDeclaration): boolean =>
  (ts.getCombinedModifierFlags(p) & (ts.ModifierFlags.ParameterPropertyModifier)) !== 0;

const isStatic = (m: ts.ClassElement): boolean => (ts.getCombinedModifierFlags(m as ts.Declaration) & ts.ModifierFlags.Static) !== 0;

/** The class declaration a type is an instance of (not a union, not an array). */
function classDeclarationOf(type: ts.Type): ts.ClassDeclaration | undefined {
  // (the instance type: not `typeof C`, the class itself, whose symbol is the class's too)
  if (type.isUnion() || type.isIntersection() || type.getConstructSignatures().length > 0) return undefined;
  const symbol = type.getSymbol();
  if (!symbol || !(symbol.flags & ts.SymbolFlags.Class)) return undefined;
  const decl = symbol.declarations?.find(ts.isClassDeclaration);
  return decl && !decl.getSourceFile().isDeclarationFile ? decl : undefined;
}

/** The getter (or setter) `e` names, of a getter/setter pair whichever is declared first. */
function accessor<K extends ts.SyntaxKind.GetAccessor | ts.SyntaxKind.SetAccessor>(checker: ts.TypeChecker, e: ts.PropertyAccessExpression, kind: K):
  (K extends ts.SyntaxKind.GetAccessor ? ts.GetAccessorDeclaration : ts.SetAccessorDeclaration) | undefined {
  return checker.getSymbolAtLocation(e)?.declarations?.find((d) => d.kind === kind) as never;
}

/** Whether `n` assigns a property of `this` (`this.x = …`, `this.x += …`, `this.x++`). */
function assignsThis(n: ts.Node): ts.Node | undefined {
  return memberWrite(n, (object) => object.kind === ts.SyntaxKind.ThisKeyword);
}

/** The first assignment in `n` to a property (or element) of an object `of` accepts (`o.x = …`, `o.x += …`, `o.x++`). */
function memberWrite(n: ts.Node, of: (object: ts.Expression) => boolean): ts.Node | undefined {
  let found: ts.Node | undefined;
  const isMember = (e: ts.Expression): boolean => {
    const bare = skipParens(e);
    return (ts.isPropertyAccessExpression(bare) || ts.isElementAccessExpression(bare)) && of(skipParens(bare.expression));
  };
  const visit = (m: ts.Node): void => {
    if (found) return;
    if (ts.isBinaryExpression(m) && m.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && m.operatorToken.kind <= ts.SyntaxKind.LastAssignment && isMember(m.left)) found = m;
    else if ((ts.isPrefixUnaryExpression(m) || ts.isPostfixUnaryExpression(m)) && (m.operator === ts.SyntaxKind.PlusPlusToken || m.operator === ts.SyntaxKind.MinusMinusToken) && isMember(m.operand)) found = m;
    else ts.forEachChild(m, visit);
  };
  visit(n);
  return found;
}

const fieldsCache = new WeakMap<ts.ClassDeclaration, ValueClass | Problem>();

/** The value class `decl` is, or why it is not one. */
function analyse(checker: ts.TypeChecker, decl: ts.ClassDeclaration): ValueClass | Problem {
  const cached = fieldsCache.get(decl);
  if (cached) return cached;
  const result = analyseUncached(checker, decl);
  fieldsCache.set(decl, result);
  return result;
}

function analyseUncached(checker: ts.TypeChecker, decl: ts.ClassDeclaration): ValueClass | Problem {
  const name = decl.name?.text ?? 'default';
  const heritage = decl.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
  let base: ValueClass | undefined;
  if (heritage) {
    // (a value class extending another of the module: the base's fields first, its methods
    // inherited, and a method of `this` found from the instance's own class: memberOf)
    const baseDecl = heritage.types.length === 1 ? classDeclarationOf(checker.getTypeAtLocation(heritage.types[0]!)) : undefined;
    const problem = !baseDecl ? `'${name}' extends '${heritage.types.map((t) => t.getText()).join(', ')}', which is not a class of this module`
      : baseDecl.getSourceFile() !== decl.getSourceFile() ? `'${name}' extends '${baseDecl.name?.text}', a class of another module` : undefined;
    if (problem) return { node: heritage, problem: `${problem}, and tsgrad reads a class as an object of numbers when it and the classes it extends are declared in the module`, hint: `declare the class it extends in this module, or every field and method in '${name}' itself` };
    const b = analyse(checker, baseDecl!);
    if (!('fields' in b)) return { node: heritage, problem: `'${name}' extends '${baseDecl!.name?.text}': ${b.problem}`, hint: b.hint };
    base = b;
  }
  const fields: string[] = [...(base?.fields ?? [])];
  const numberField = (n: ts.Node, key: string, type: ts.Type): Problem | undefined => {
    if (base?.fields.includes(key)) return { node: n, problem: `the field '${key}' of '${name}' declares again a field of '${base.name}', which it extends`, hint: `assign the inherited field instead: this.${key} = … after super(…)` };
    if (type.flags & ts.TypeFlags.NumberLike) {
      fields.push(key);
      return undefined;
    }
    const kind = checker.isArrayLikeType(type) || checker.getIndexInfosOfType(type).some((i) => i.keyType.flags & ts.TypeFlags.NumberLike) ? 'an array' : type.flags & ts.TypeFlags.Object ? 'an object' : `of type '${checker.typeToString(type)}'`;
    return { node: n, problem: `the field '${key}' of the class '${name}' is ${kind}, and tsgrad reads a class instance only as an object of numbers (each field a number)`, hint: `keep '${key}' out of the class (pass it as a parameter of its own), or write plain functions over it` };
  };
  const ctor = decl.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && m.body !== undefined);
  for (const p of ctor?.parameters ?? []) {
    if (!isParameterProperty(p)) continue;
    if (!ts.isIdentifier(p.name)) return { node: p, problem: `the parameter property '${p.getText()}' of '${name}' is a pattern`, hint: 'name it: constructor(public x: number)' };
    const problem = numberField(p, p.name.text, checker.getTypeAtLocation(p));
    if (problem) return problem;
  }
  for (const m of decl.members) {
    if (isStatic(m)) continue;
    if (ts.isPropertyDeclaration(m)) {
      if (!ts.isIdentifier(m.name) && !ts.isPrivateIdentifier(m.name)) return { node: m, problem: `the field '${m.name.getText()}' of '${name}' has a computed name`, hint: 'name the field: x: number' };
      const problem = numberField(m, m.name.text, checker.getTypeAtLocation(m));
      if (problem) return problem;
    } else if (ts.isSetAccessorDeclaration(m)) {
      // (a setter is a method called by a property write, `g.db = v`: setterWrite)
      if (!m.body) return { node: m, problem: `the setter '${m.name.getText()}' of '${name}' has no body`, hint: 'give the setter a body' };
    } else if (ts.isGetAccessorDeclaration(m) && m.body) {
      // (a method may change its instance, `step(dt) { this.x += … }`: called on a local changed in place)
      const write = assignsThis(m.body);
      if (write) {
        return { node: write, problem: `the getter '${m.name.getText()}' of '${name}' assigns '${(write as ts.BinaryExpression).getText().split(/\s*[-+*/%]?=|\+\+|--/)[0]}', and tsgrad follows fields assigned directly or by a method, not by reading a property`, hint: `make it a method: ${m.name.getText()}(): number { … }, called as s.${m.name.getText()}()` };
      }
    }
  }
  // (a private field's locals and keys spell '#x' as '$x': a field '$x' beside it would share them)
  const twin = fields.find((f) => f.startsWith('#') && fields.includes(flatName(f)));
  if (twin) return { node: decl.name ?? decl, problem: `the class '${name}' has the fields '${twin}' and '${flatName(twin)}', which tsgrad would name alike`, hint: `rename one of them` };
  // (a base class may hold none: its subclasses' instances do, `abstract class Potential { abstract energy(r: number): number; … }`)
  const extended = (ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Abstract) !== 0 || subclasses(decl).length > 0;
  if (fields.length === 0 && !extended) return { node: decl.name ?? decl, problem: `the class '${name}' has no number fields`, hint: 'a value class holds numbers: constructor(public x: number)' };
  return { decl, name, fields, ...(base ? { base } : {}) };
}

const subclassCache = new WeakMap<ts.ClassDeclaration, ts.ClassDeclaration[]>();

/** The classes of `decl`'s module that extend it (its module walked once: valueClassOf asks often). */
function subclasses(decl: ts.ClassDeclaration): ts.ClassDeclaration[] {
  const cached = subclassCache.get(decl);
  if (cached) return cached;
  const name = decl.name?.text;
  const found: ts.ClassDeclaration[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isClassLike(n) && n.heritageClauses?.some((h) => h.token === ts.SyntaxKind.ExtendsKeyword && h.types.some((t) => skipParens(t.expression).getText() === name))) found.push(n as ts.ClassDeclaration);
    ts.forEachChild(n, visit);
  };
  if (name) visit(decl.getSourceFile());
  subclassCache.set(decl, found);
  return found;
}

/**
 * The value class of a name, parameter or result declared of the class `decl`, or why it is not
 * one: tsgrad finds a method from the class a name is declared with, so a name of a class that
 * another extends (its instance may be the other's, with other methods) or an abstract one is
 * refused; `this` in a method knows its instance's class (memberOf).
 */
function declaredClass(checker: ts.TypeChecker, decl: ts.ClassDeclaration): ValueClass | Problem {
  const v = analyse(checker, decl);
  if (!('fields' in v)) return v;
  const abstract = (ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Abstract) !== 0;
  const sub = subclasses(decl);
  if (!abstract && sub.length === 0) return v;
  const names = sub.map((c) => `'${c.name?.text}'`).join(', ');
  return { node: decl.name ?? decl, problem: `'${v.name}' is ${abstract ? 'abstract' : `extended by ${names}`}, and tsgrad finds a method from the class a name is declared with: a name of type '${v.name}' may hold ${abstract ? 'an instance of any class that extends it' : `a ${names} whose methods differ`}`,
    hint: `hold each instance in a const of its own, with no other type: const … = new ${abstract ? sub[0]?.name?.text ?? 'C' : `${v.name}(…) or new ${sub[0]!.name?.text}`}(…) (a const keeps the class it is made with), and call the methods there` };
}

/** The value class whose instance a value of `type` is; undefined for any other type. */
export function valueClassOf(checker: ts.TypeChecker, type: ts.Type): ValueClass | undefined {
  const decl = classDeclarationOf(type);
  if (!decl) return undefined;
  const v = declaredClass(checker, decl);
  return 'fields' in v ? v : undefined;
}

/** The fields of a value class instance type, for object-numbers.ts's numberFields. */
export function valueClassFields(checker: ts.TypeChecker, type: ts.Type): string[] | undefined | null {
  const decl = classDeclarationOf(type);
  if (!decl) return null;
  const v = declaredClass(checker, decl);
  return 'fields' in v ? [...v.fields] : undefined;
}

/** Why the class whose instance a value of `type` is, is not a value class (for local-types.ts's refusal). */
export function valueClassProblem(checker: ts.TypeChecker, type: ts.Type): { problem: string; hint: string } | undefined {
  const decl = classDeclarationOf(type);
  if (!decl) return undefined;
  const v = declaredClass(checker, decl);
  return 'fields' in v ? undefined : v;
}

/**
 * The method, getter or setter `name` of an instance of `cls`: its own, or the nearest class's
 * it extends (JavaScript's lookup, so a base's method calling `this.shape(r)` gets the instance's
 * override); undefined when none has a body.
 */
function memberOf<K extends ts.SyntaxKind.MethodDeclaration | ts.SyntaxKind.GetAccessor | ts.SyntaxKind.SetAccessor>(cls: ValueClass | undefined, name: string, kind: K):
  (K extends ts.SyntaxKind.MethodDeclaration ? ts.MethodDeclaration : K extends ts.SyntaxKind.GetAccessor ? ts.GetAccessorDeclaration : ts.SetAccessorDeclaration) | undefined {
  for (let c = cls; c; c = c.base) {
    const m = c.decl.members.find((x) => x.kind === kind && !isStatic(x) && x.name?.getText() === name && (x as ts.MethodDeclaration).body !== undefined);
    if (m) return m as never;
    // (a getter alone hides an inherited setter of its name, and the other way round, as in JavaScript)
    if (c.decl.members.some((x) => !isStatic(x) && x.name?.getText() === name && (ts.isMethodDeclaration(x) || ts.isAccessor(x)) && (x as ts.MethodDeclaration).body !== undefined)) return undefined;
  }
  return undefined;
}

/**
 * Locals `const k = new C(…)` of a class another extends, whose instance is a C for good (a
 * const, declared with no other type): their methods are C's (declaredClass refuses other names
 * of such a class).
 */
const exactLocals = new WeakMap<ts.Symbol, ValueClass>();

/** The class of the instance `e` names, when it is such a local. */
function exactClass(cx: ExprContext, e: ts.Expression): ValueClass | undefined {
  const bare = skipParens(e);
  // (`new Mid(k).g(x)`: an instance made where it is used is of its class for good, as a const
  // made with new is; trial50 finding 3 was refused for a name it does not have)
  if (ts.isNewExpression(bare)) {
    const decl = classNamed(cx, bare.expression);
    const v = decl && analyse(cx.checker, decl);
    return v && 'fields' in v ? v : undefined;
  }
  const symbol = ts.isIdentifier(bare) ? cx.checker.getSymbolAtLocation(bare) : undefined;
  return symbol && exactLocals.get(symbol);
}

/**
 * Whether the program's classes have fields as ES2022 defines them (`useDefineForClassFields`,
 * the default from target ES2022): a class's field initialisers run when its constructor starts
 * (a derived class's, when `super(…)` returns), before the constructor assigns its parameter
 * properties; else (TypeScript's older emit) after them. By checker: set by lowerModule.
 */
const standardFields = new WeakMap<ts.TypeChecker, boolean>();

/** Records the class field semantics of `program`'s compiler options (see standardFields). */
export function classFieldSemantics(program: ts.Program): void {
  const emits = (ts as unknown as { getEmitStandardClassFields?(o: ts.CompilerOptions): boolean }).getEmitStandardClassFields;
  const options = program.getCompilerOptions();
  // (TypeScript's own rule, where its API has it; the same rule written out else)
  standardFields.set(program.getTypeChecker(), emits ? emits(options) : options.useDefineForClassFields !== false && (options.target ?? ts.ScriptTarget.ES2022) >= ts.ScriptTarget.ES2022);
}

/**
 * An instance under construction: its fields assigned so far (`fields`, the constructor's own
 * map) and what runs now (`phase`), so that a read of a field not yet assigned, which
 * JavaScript reads as undefined, is refused saying why (readBeforeAssigned).
 */
interface Constructing { readonly fields: ReadonlyMap<string, Var>; readonly cls: string; readonly of: string; phase: 'initialisers' | 'body'; field?: string }

/** The value class instances live while methods are lowered in place: `this` of the innermost. */
interface Frame { fields: Map<string, Var> | undefined; cls: string; of?: ValueClass; receiver?: string; method?: string; constructing?: Constructing }
const frames: Frame[] = [];
/** The methods being lowered in place (one that calls itself is refused). */
const active = new Set<ts.Node>();

type Instance = ReadonlyMap<string, Var>;

/** `a` as a variable that keeps its value (a constant or a mutable variable copied first). */
function asVar(cx: ExprContext, a: Atom, base: string): Var {
  if (a.kind === 'var' && !a.v.mutable) return a.v;
  const v = cx.b.newVar(base, 'f64', 'local', false);
  cx.b.eq('copy', [a], v);
  return v;
}

/** The class a `new C(…)` or `C.m(…)` names, with its declaration. */
function classNamed(cx: ExprContext, e: ts.Expression): ts.ClassDeclaration | undefined {
  const s = cx.checker.getSymbolAtLocation(e);
  const symbol = s && s.flags & ts.SymbolFlags.Alias ? cx.checker.getAliasedSymbol(s) : s;
  return symbol && symbol.flags & ts.SymbolFlags.Class ? symbol.declarations?.find(ts.isClassDeclaration) : undefined;
}

function checkedClass(cx: ExprContext, at: ts.Node, decl: ts.ClassDeclaration): ValueClass {
  const v = analyse(cx.checker, decl);
  if (!('fields' in v)) return cx.b.fail(at, 'TSG1003', v.problem, v.hint);
  if (decl.getSourceFile() !== cx.b.sf) {
    return cx.b.fail(at, 'TSG1003', `the class '${v.name}' is declared in another module, and tsgrad lowers the methods of a value class declared in the module it differentiates`,
      `declare '${v.name}' in this module, or export plain functions over its numbers from its module`);
  }
  return v;
}

/**
 * Fails where `e` names an instance of `cls` that a static field or a module-level constant
 * holds (trial47 finding 8: made once, outside any function), as a method's receiver or, trial50
 * finding 1, as its argument (`z.mul(Cx.I)`).
 */
function madeOnce(cx: ExprContext, e: ts.Expression, cls: string): void {
  const held = cx.checker.getSymbolAtLocation(skipParens(e))?.valueDeclaration;
  const outside = held && (ts.isPropertyDeclaration(held) || (ts.isVariableDeclaration(held) && ts.isSourceFile(held.parent.parent.parent)));
  if (!outside) return;
  cx.b.fail(e, 'TSG1003', `'${e.getText(cx.b.sf)}' is an instance of '${cls}' made once ${ts.isPropertyDeclaration(held) ? 'in a static field' : 'at module level'}, and tsgrad holds the instances a function makes, as numbers of its own`,
    `make it in the function: const ${ts.isIdentifier(held.name) ? held.name.text.toLowerCase() : 'v'} = ${held.initializer && ts.isNewExpression(skipParens(held.initializer)) ? held.initializer.getText() : `new ${cls}(…)`}`);
}

/**
 * The numbers of a value class instance `e` gives: `this`, a name holding one, `new C(…)`, a
 * method's or a helper's result; undefined when `e` is not of a value class type.
 */
export function valueInstance(cx: ExprContext, e: ts.Expression): Instance | undefined {
  const bare = skipParens(e);
  const { b, checker } = cx;
  if (bare.kind === ts.SyntaxKind.ThisKeyword || bare.kind === ts.SyntaxKind.SuperKeyword) {
    const frame = frames[frames.length - 1];
    if (!frame?.fields) {
      // (trial45 finding 4: `this.AREA` in a static method, where `this` is the class)
      let m: ts.Node | undefined = bare.parent;
      while (m && !ts.isFunctionLike(m)) m = m.parent;
      const owner = m && (ts.isMethodDeclaration(m) || ts.isAccessor(m)) && ts.isClassLike(m.parent) && (ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static) ? m.parent : undefined;
      if (owner) {
        const name = owner.name?.text ?? 'the class';
        const member = ts.isPropertyAccessExpression(bare.parent) && bare.parent.expression === bare ? bare.parent.name.text : undefined;
        return b.fail(bare, 'TSG1002', `'this' in the static method of ${name} is the class, which tsgrad reads by its name`,
          member ? `write ${name}.${member}` : `name the class: ${name}.member`);
      }
      return b.fail(bare, 'TSG1002', `'this' is read outside a method of a value class`, 'read the numbers of an instance, or pass them as parameters');
    }
    return frame.fields;
  }
  const cls = valueClassOf(checker, checker.getTypeAtLocation(bare)) ?? exactClass(cx, bare);
  if (ts.isNewExpression(bare)) {
    const decl = classNamed(cx, bare.expression);
    if (!decl) return undefined;
    return construct(cx, bare, checkedClass(cx, bare, decl));
  }
  if (!cls) return undefined;
  if (ts.isPropertyAccessExpression(bare)) {
    const member = accessorAt(checker, bare, ts.SyntaxKind.GetAccessor);
    if (member) return inlineMember(cx, member, bare.expression, [], bare, true) as Instance;
    // (`q.p` of `q: { p: Vec; v: Vec }`: an instance inside an object of numbers, nested-objects.ts)
    const part = nestedObject(cx, bare, cls.fields);
    return part && new Map(cls.fields.map((f, i) => [f, asVar(cx, part[i]!, f)]));
  }
  if (ts.isIdentifier(bare)) {
    const symbol = checker.getSymbolAtLocation(bare);
    const binding = symbol && cx.scope.get(symbol);
    if (binding?.kind === 'object') return binding.fields;
    return undefined;
  }
  if (ts.isCallExpression(bare)) {
    const method = methodCall(cx, bare);
    if (method) {
      const result = inlineMember(cx, method.member, method.receiver, bare.arguments, bare, true);
      return result as Instance;
    }
    // (a helper of the module returning an instance: one call per field, as of an object of numbers)
    const fields = new Map<string, Var>();
    onceArguments(cx, bare, () => { for (const f of cls.fields) fields.set(f, asVar(cx, projectCall(cx, bare, f), f)); });
    return fields;
  }
  if (ts.isConditionalExpression(bare)) {
    // `n === 0 ? this : this.scale(1 / n)`: each number chosen, the branch that gives it run
    // alone (trial36 repro/method_hint_cycle.ts: refused, with a hint of an `if` that a method's
    // body refuses in turn, TSG1007)
    const cond = boolean(cx, lowerExpr(cx, bare.condition), bare.condition);
    const instanceOf = (x: ts.Expression): Instance => valueInstance(cx, x) ??
      b.fail(x, 'TSG1003', `'${x.getText(b.sf)}' is not an instance of '${cls.name}' tsgrad reads`, `give an instance here: new ${cls.name}(…), this, or a name holding one`);
    if (cond.kind === 'const') return instanceOf(cond.value ? bare.whenTrue : bare.whenFalse);
    const chosen = new Map(cls.fields.map((f) => [f, b.newVar('t', 'f64', 'temp', true)] as const));
    const loc = b.loc;
    const branch = (x: ts.Expression) => b.block(() => {
      const given = instanceOf(x);
      for (const f of cls.fields) b.assign(chosen.get(f)!, varAtom(given.get(f)!), true);
    });
    b.emit({ kind: 'if', cond, then: branch(bare.whenTrue), else: branch(bare.whenFalse), loc });
    return chosen;
  }
  return undefined;
}

/** `new C(args)`: the constructor's object, its numbers computed here. */
function construct(cx: ExprContext, e: ts.NewExpression, cls: ValueClass): Instance {
  const fields = new Map<string, Var>();
  constructInto(cx, e, cls, cls, e.arguments ?? [], fields);
  const missing = cls.fields.find((f) => !fields.has(f));
  if (missing !== undefined) return cx.b.fail(e, 'TSG1007', `the constructor of '${cls.name}' leaves the field '${missing}' unassigned`, `assign it in the constructor: this.${missing} = …`);
  return fields;
}

/**
 * The constructor of `cls` run on `fields`, the numbers of an instance of `of` (`cls` itself, or
 * a class `of` extends, for its `super(…)`): a derived class's `super(…)` first (or, without a
 * constructor, its base's constructor given the same arguments), then its parameter properties,
 * its field initialisers and the rest of its body, as JavaScript runs them.
 */
function constructInto(cx: ExprContext, e: ts.Node, cls: ValueClass, of: ValueClass, args: readonly ts.Expression[], fields: Map<string, Var>): void {
  const { b, checker } = cx;
  const ctor = cls.decl.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && m.body !== undefined);
  // (a derived class without a constructor has JavaScript's: its arguments given to its base's)
  const restore = ctor || !cls.base ? bindParams(cx, ctor?.parameters ?? [], args, e, cls.name) : () => undefined;
  const constructing: Constructing = { fields, cls: cls.name, of: of.name, phase: 'body' };
  frames.push({ fields, cls: of.name, of, constructing });
  try {
    let statements = ctor?.body?.statements ?? ts.factory.createNodeArray<ts.Statement>();
    if (cls.base && !ctor) constructInto(cx, e, cls.base, of, args, fields);
    else if (cls.base) {
      const first = statements[0];
      const call = first && ts.isExpressionStatement(first) ? skipParens(first.expression) : undefined;
      if (!call || !ts.isCallExpression(call) || call.expression.kind !== ts.SyntaxKind.SuperKeyword) {
        return b.fail(first ?? ctor ?? e, 'TSG1007', `the constructor of '${cls.name}' does not start with super(…), and tsgrad lowers a derived class's constructor that calls its base's first`,
          `call super(…) first, then assign this.x = …`);
      }
      if (call.arguments.some(ts.isSpreadElement)) return b.fail(call, 'TSG1007', `'${call.getText(b.sf)}' spreads its arguments`, 'pass them one by one: super(a, b)');
      constructInto(cx, call, cls.base, of, call.arguments, fields);
      statements = ts.factory.createNodeArray(statements.slice(1));
    }
    const parameterProperties = () => {
      for (const p of ctor?.parameters ?? []) {
        if (!isParameterProperty(p)) continue;
        const binding = cx.scope.get(checker.getSymbolAtLocation(p.name)!)!;
        fields.set((p.name as ts.Identifier).text, (binding as Binding & { kind: 'var' }).v);
      }
    };
    const initialisers = () => {
      constructing.phase = 'initialisers';
      for (const m of cls.decl.members) {
        if (!ts.isPropertyDeclaration(m) || isStatic(m) || !m.initializer) continue;
        constructing.field = (m.name as ts.Identifier).text;
        fields.set(constructing.field, asVar(cx, numeric(cx, lowerExpr(cx, m.initializer), m.initializer), `${cls.name}_${constructing.field}`));
      }
      constructing.phase = 'body';
    };
    // (as the program's target runs them: trial46 finding 1, `area = this.calc()` reading parameter properties)
    if (standardFields.get(checker) ?? true) {
      initialisers();
      parameterProperties();
    } else {
      parameterProperties();
      initialisers();
    }
    for (const s of statements) {
      const x = ts.isExpressionStatement(s) ? skipParens(s.expression) : undefined;
      const left = x && ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.EqualsToken ? skipParens(x.left) : undefined;
      if (x && left && ts.isPropertyAccessExpression(left) && skipParens(left.expression).kind === ts.SyntaxKind.ThisKeyword && of.fields.includes(left.name.text)) {
        const value = (x as ts.BinaryExpression).right;
        fields.set(left.name.text, asVar(cx, numeric(cx, lowerExpr(cx, value), value), `${cls.name}_${left.name.text}`));
        continue;
      }
      if (ts.isVariableStatement(s) && constDeclarations(cx, s)) continue;
      // (`this.f = v` through a setter, trial47 finding 9: the hint said to write what the code has)
      if (x && left && ts.isPropertyAccessExpression(left) && skipParens(left.expression).kind === ts.SyntaxKind.ThisKeyword && accessor(checker, left, ts.SyntaxKind.SetAccessor)) {
        return b.fail(s, 'TSG1007', `the constructor of '${cls.name}' assigns '${left.getText()}' through its setter, which tsgrad does not call in a constructor`,
          `assign the field the setter writes, with the setter's computation (this._${left.name.text} = …), or call a method after constructing`);
      }
      return b.fail(s, 'TSG1007', `the constructor of '${cls.name}' has '${s.getText().split('\n')[0]}', and tsgrad lowers a constructor of fields assigned from its parameters (this.x = …) and const declarations only`,
        `compute the value before 'new ${cls.name}(…)' and pass it, or make it a field: this.f = …`);
    }
  } finally {
    frames.pop();
    restore();
  }
}

/** `const a = …;` of plain names, each with a value. */
const isConstStatement = (s: ts.Statement): boolean => ts.isVariableStatement(s) && (s.declarationList.flags & ts.NodeFlags.Const) !== 0 &&
  s.declarationList.declarations.every((d) => ts.isIdentifier(d.name) && d.initializer !== undefined);

/**
 * A body of `const` declarations of numbers and instances, and one `return` of a value, last:
 * lowered by constDeclarations and the caller's expressions (an array const, `const src = c ?
 * T1 : T2`, takes the statements' lowering: method-bodies.ts).
 */
function simpleBody(body: ts.Block, checker: ts.TypeChecker): boolean {
  const statements = body.statements;
  const last = statements[statements.length - 1];
  const held = (d: ts.VariableDeclaration): boolean => {
    const type = checker.getTypeAtLocation(d.name);
    return (type.flags & ts.TypeFlags.NumberLike) !== 0 || valueClassOf(checker, type) !== undefined;
  };
  return last !== undefined && ts.isReturnStatement(last) && last.expression !== undefined &&
    statements.slice(0, -1).every((s) => isConstStatement(s) && (s as ts.VariableStatement).declarationList.declarations.every(held));
}

/** `const a = …;` in a method or constructor lowered in place: each a number or an instance bound in scope. */
function constDeclarations(cx: ExprContext, s: ts.VariableStatement): boolean {
  if (!(s.declarationList.flags & ts.NodeFlags.Const)) return false;
  for (const d of s.declarationList.declarations) {
    if (!ts.isIdentifier(d.name) || !d.initializer) return false;
    const symbol = cx.checker.getSymbolAtLocation(d.name)!;
    const instance = valueInstance(cx, d.initializer);
    if (instance) {
      const cls = valueClassOf(cx.checker, cx.checker.getTypeAtLocation(d.name))!;
      cx.scope.set(symbol, { kind: 'object', fields: instance, typeText: cls.name });
      continue;
    }
    const v = cx.b.newVar(d.name.text, 'f64', 'local', false);
    numeric(cx, lowerExpr(cx, d.initializer, v), d.initializer);
    cx.scope.set(symbol, { kind: 'var', v });
  }
  return true;
}

/**
 * Binds a method's or constructor's parameters to the call's arguments (numbers, or instances
 * of value classes), evaluated in order in the caller's scope; returns what undoes it.
 */
function bindParams(cx: ExprContext, params: readonly ts.ParameterDeclaration[], args: readonly ts.Expression[], call: ts.Node, what: string,
  values?: readonly Atom[], self?: Frame): () => void {
  const { b, checker } = cx;
  if (values) return bindValues(cx, params, values, call, what);
  if (args.length > params.length) return b.fail(call, 'TSG2002', `'${what}' takes ${params.length} arguments, and ${args.length} are passed`, 'pass one argument per parameter');
  const bound: [ts.Symbol, Binding][] = [];
  // (the arguments first, in the caller's scope: a parameter's name may be one of the caller's)
  for (let i = 0; i < args.length; i++) {
    const p = params[i]!;
    if (p.dotDotDotToken || !ts.isIdentifier(p.name)) return b.fail(p, 'TSG1007', `the parameter '${p.getText()}' of '${what}' is not a plain name`, 'name each parameter: m(o: Vec3, t: number)');
    const instance = valueInstance(cx, args[i]!);
    if (instance) {
      bound.push([checker.getSymbolAtLocation(p.name)!, { kind: 'object', fields: instance, typeText: checker.typeToString(checker.getTypeAtLocation(p)) }]);
      continue;
    }
    const type = checker.getTypeAtLocation(p);
    // (`z.mul(Cx.I)`, an instance a static field holds: said as of a receiver)
    const passed = valueClassOf(checker, checker.getTypeAtLocation(args[i]!));
    if (passed) madeOnce(cx, args[i]!, passed.name);
    const symbol = checker.getSymbolAtLocation(p.name)!;
    const kind = classifyType(type, checker);
    const reassigned = 'assigned' in cx && (cx.assigned as Set<ts.Symbol>).has(symbol);
    // (an array it reads, `m(ps: Float64Array)`: the caller's array, as a local helper's is, local-functions.ts)
    if (kind === 'Float64Array' || kind === 'number[]' || kind === 'intArray' || kind === 'boolean') {
      const array = kind !== 'boolean';
      // (a window passed, `m(ps.subarray(1, 4))`: the parameter reads and writes the caller's array through it, as `const w = ps.subarray(1, 4)` would; fuzz seed 12063401, 5 of 640)
      const window = array && !reassigned ? windowExpr(cx, args[i]!) : undefined;
      if (window) {
        bound.push([symbol, window]);
        continue;
      }
      // (a new array passed, `m([1, 2])`, `m(new Float64Array(n))`: its temporary local, arrays.ts)
      const fresh = array && lowersStatements(cx) ? cx.freshArgument(args[i]!) : undefined;
      const a = fresh ? varAtom(fresh) : lowerExpr(cx, args[i]!);
      if (array && (a.kind !== 'var' || !isArrayType(a.v.type) || reassigned)) {
        return b.fail(args[i]!, 'TSG1003', `the array parameter '${p.name.text}' of '${what}' is ${reassigned ? 'assigned in the method' : `given '${args[i]!.getText(b.sf)}', which is not an array variable`}, and tsgrad binds a method's array parameter to the caller's array`,
          reassigned ? `copy it into a local of its own: let ${p.name.text}2 = ${p.name.text}` : 'pass an array variable or parameter');
      }
      if (array || (a.kind === 'var' && !a.v.mutable && !reassigned)) {
        bound.push([symbol, { kind: 'var', v: (a as Atom & { kind: 'var' }).v }]);
        continue;
      }
      const v = b.newVar(p.name.text, atomType(a), 'local', reassigned);
      if (reassigned) b.assign(v, a, true);
      else b.eq('copy', [a], v);
      bound.push([symbol, { kind: 'var', v }]);
      continue;
    }
    if (optionalNumber(cx, p)) {
      // (a number passed to `scale?: number`, or what may be undefined: a literal, a caller's optional number)
      const r = lowerMaybeNumber(cx, args[i]!);
      bound.push([symbol, { kind: 'var', v: flagged(cx, p, r.value, r.absent) }]);
      continue;
    }
    if (!(type.flags & ts.TypeFlags.NumberLike)) {
      return b.fail(args[i]!, 'TSG1003', `the parameter '${p.name.text}' of '${what}' has type '${checker.typeToString(type)}', and tsgrad passes a value class's methods numbers, booleans, arrays of numbers and instances of value classes`,
        p.questionToken ? `give '${p.name.text}' a default instead of '?' (${p.name.text}: number = …) and leave the argument out, or pass a number` : 'pass the numbers it needs as parameters of their own');
    }
    const a = numeric(cx, lowerExpr(cx, args[i]!), args[i]!);
    if (reassigned) {
      // (a parameter the method assigns, `r = r * 2`: a variable of this call)
      const v = b.newVar(p.name.text, 'f64', 'local', true);
      b.assign(v, a, true);
      bound.push([symbol, { kind: 'var', v }]);
      continue;
    }
    bound.push([symbol, { kind: 'var', v: asVar(cx, a, p.name.text) }]);
  }
  const saved: [ts.Symbol, Binding | undefined][] = [];
  // (a parameter property has two symbols: the field's, which its declaration names, and the
  // parameter's, which the constructor's body and later defaults read: `this.m = d * 2`, `c = k * 0.1`)
  const parameterOf = new Map<ts.Symbol, ts.Symbol>();
  for (const p of params) {
    if (!isParameterProperty(p) || !ts.isIdentifier(p.name)) continue;
    const [parameter, property] = checker.getSymbolsOfParameterPropertyDeclaration(p, p.name.text);
    if (parameter !== property) parameterOf.set(property, parameter);
  }
  const set = (symbol: ts.Symbol, binding: Binding): void => {
    for (const each of [symbol, parameterOf.get(symbol)]) {
      if (!each) continue;
      saved.push([each, cx.scope.get(each)]);
      cx.scope.set(each, binding);
    }
  };
  for (const [symbol, binding] of bound) set(symbol, binding);
  for (let i = args.length; i < params.length; i++) {
    const p = params[i]!;
    if (optionalNumber(cx, p)) {
      // (an optional number left out, `force(x, scale?: number)` called as `s.force(x)`: NaN, with
      // its flag set, as an optional parameter of the function is: `scale ?? 1`, `scale === undefined` read the flag)
      set(checker.getSymbolAtLocation(p.name)!, { kind: 'var', v: flagged(cx, p, constAtom(NaN), constAtom(true)) });
      continue;
    }
    if (!p.initializer || !ts.isIdentifier(p.name)) {
      // (an optional number, `scale?: number`: trial46 finding 8, whose hint led to passing undefined, refused too)
      return b.fail(call, 'TSG2002', `'${what}' is called without its parameter '${p.name.getText()}'`,
        p.questionToken ? `give '${p.name.getText()}' a default instead of '?' (${p.name.getText()}: number = …), or pass it at each call` : 'pass one argument per parameter');
    }
    // (a default, computed in the callee's scope: it may read the parameters before it, and `this`
    // is the callee's receiver, not the caller's: trial46, `scale = this.k` read the caller's k)
    if (self) frames.push(self);
    let a: Atom;
    try {
      a = numeric(cx, lowerExpr(cx, p.initializer), p.initializer);
    } finally {
      if (self) frames.pop();
    }
    set(checker.getSymbolAtLocation(p.name)!, { kind: 'var', v: asVar(cx, a, p.name.text) });
  }
  return () => {
    for (const [symbol, binding] of saved.reverse()) {
      if (binding) cx.scope.set(symbol, binding);
      else cx.scope.delete(symbol);
    }
  };
}

/** `scale?: number` of a method (not a parameter property), where the lowering keeps flags of numbers that may be undefined. */
function optionalNumber(cx: ExprContext, p: ts.ParameterDeclaration): p is ts.ParameterDeclaration & { name: ts.Identifier } {
  return ts.isIdentifier(p.name) && !isParameterProperty(p) && cx.undefinedFlags !== undefined && isOptionalNumber(p, cx.checker);
}

/** The variable of an optional number parameter of one call, and its flag (nullable.ts optionalNumberVar). */
function flagged(cx: ExprContext, p: ts.ParameterDeclaration & { name: ts.Identifier }, value: Atom, absent: Atom): Var {
  const reassigned = 'assigned' in cx && (cx.assigned as Set<ts.Symbol>).has(cx.checker.getSymbolAtLocation(p.name)!);
  return optionalNumberVar(cx, p.name.text, value, absent, reassigned);
}

/** A setter's parameter bound to the number written (`g.db = v`: v, lowered by the caller). */
function bindValues(cx: ExprContext, params: readonly ts.ParameterDeclaration[], values: readonly Atom[], call: ts.Node, what: string): () => void {
  const { b, checker } = cx;
  const saved: [ts.Symbol, Binding | undefined][] = [];
  values.forEach((a, i) => {
    const p = params[i];
    if (!p || !ts.isIdentifier(p.name)) return b.fail(p ?? call, 'TSG1007', `the parameter of '${what}' is not a plain name`, 'name it: set x(v: number)');
    if (!(checker.getTypeAtLocation(p).flags & ts.TypeFlags.NumberLike)) {
      return b.fail(p, 'TSG1003', `the setter '${what}' takes '${p.getText()}', and tsgrad writes numbers through a value class's setter`, 'take a number: set x(v: number)');
    }
    const symbol = checker.getSymbolAtLocation(p.name)!;
    const reassigned = 'assigned' in cx && (cx.assigned as Set<ts.Symbol>).has(symbol);
    const v = reassigned ? b.newVar(p.name.text, 'f64', 'local', true) : asVar(cx, a, p.name.text);
    if (reassigned) b.assign(v, a, true);
    saved.push([symbol, cx.scope.get(symbol)]);
    cx.scope.set(symbol, { kind: 'var', v });
  });
  return () => {
    for (const [symbol, binding] of saved.reverse()) {
      if (binding) cx.scope.set(symbol, binding);
      else cx.scope.delete(symbol);
    }
  };
}

/** The class of the instance `receiver` is (`this`, `super`: the instance's own, of the method being lowered). */
function instanceClass(cx: ExprContext, receiver: ts.Expression, at: ts.Node, decl: ts.ClassDeclaration): ValueClass {
  const bare = skipParens(receiver);
  if (bare.kind === ts.SyntaxKind.ThisKeyword || bare.kind === ts.SyntaxKind.SuperKeyword) return frames[frames.length - 1]?.of ?? checkedClass(cx, at, decl);
  const exact = exactClass(cx, bare);
  if (exact) return checkedClass(cx, at, exact.decl);
  const own = classDeclarationOf(cx.checker.getTypeAtLocation(bare));
  const v = own && declaredClass(cx.checker, own);
  if (v && !('fields' in v)) return cx.b.fail(at, 'TSG1003', v.problem, v.hint);
  // (checked again for its module)
  return checkedClass(cx, at, v ? v.decl : decl);
}

/** The getter (or setter) `e` reads: of `this`, the instance's own class's (memberOf); else the one its type has. */
function accessorAt<K extends ts.SyntaxKind.GetAccessor | ts.SyntaxKind.SetAccessor>(checker: ts.TypeChecker, e: ts.PropertyAccessExpression, kind: K) {
  const of = frames[frames.length - 1]?.of;
  return skipParens(e.expression).kind === ts.SyntaxKind.ThisKeyword && of ? memberOf(of, e.name.text, kind) : accessor(checker, e, kind);
}

/** `recv.m(args)` of a value class's method, or `C.m(args)` of its static method: the method and its receiver (undefined: static). */
function methodCall(cx: ExprContext, e: ts.CallExpression): { member: ts.MethodDeclaration; receiver: ts.Expression | undefined } | undefined {
  const callee = skipParens(e.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const object = skipParens(callee.expression);
  const of = frames[frames.length - 1]?.of;
  // (`this.shape(r)`: the method of the instance's own class, an override of the one declared where the call is)
  if (object.kind === ts.SyntaxKind.ThisKeyword && of) {
    const own = memberOf(of, callee.name.text, ts.SyntaxKind.MethodDeclaration);
    return own ? { member: own, receiver: callee.expression } : undefined;
  }
  const member = cx.checker.getSymbolAtLocation(callee)?.valueDeclaration;
  if (!member || !ts.isMethodDeclaration(member) || !ts.isClassDeclaration(member.parent)) return undefined;
  if (isStatic(member)) {
    const decl = classNamed(cx, callee.expression);
    return decl === member.parent ? { member, receiver: undefined } : undefined;
  }
  // (`super.eval(r)`: the base's method, on this instance)
  if (object.kind === ts.SyntaxKind.SuperKeyword) return of ? { member, receiver: callee.expression } : undefined;
  return valueClassOf(cx.checker, cx.checker.getTypeAtLocation(callee.expression)) ?? exactClass(cx, object) ? { member, receiver: callee.expression } : undefined;
}

/**
 * A method or getter lowered in place: the receiver's numbers as `this`, its parameters bound
 * to the arguments, its `const`s, and its `return`: a number, or (`object`) an instance.
 */
function inlineMember(cx: ExprContext, member: ts.MethodDeclaration | ts.AccessorDeclaration, receiver: ts.Expression | undefined,
  args: readonly ts.Expression[], call: ts.Expression, object: boolean | 'void', values?: readonly Atom[]): Atom | Instance {
  const { b } = cx;
  const decl = member.parent as ts.ClassDeclaration;
  const of = receiver ? instanceClass(cx, receiver, call, decl) : undefined;
  // (a static method needs no instance: any class of the module)
  const cls = of ? of.name : decl.name?.text ?? 'default';
  if (decl.getSourceFile() !== b.sf) return b.fail(call, 'TSG1003', `the class '${cls}' is declared in another module, and tsgrad lowers the methods of a class declared in the module it differentiates`, `declare '${cls}' in this module, or export plain functions from its module`);
  const what = `${cls}.${member.name.getText()}`;
  if (!member.body) return b.fail(call, 'TSG1007', `'${what}' has no body`, 'give the method a body');
  if (active.has(member)) return b.fail(call, 'TSG1007', `'${what}' calls itself, and tsgrad lowers a value class's methods in place`, 'write the recursion as a loop');
  const self = receiver ? valueInstance(cx, receiver) : undefined;
  if (receiver && !self) {
    madeOnce(cx, receiver, cls);
    return b.fail(receiver, 'TSG1003', `'${receiver.getText(b.sf)}' is not an instance of '${cls}' tsgrad holds`, `name the instance first: const v = new ${cls}(…)`);
  }
  // (what the lowering of statements reads of the body, made the method's too: before its parameters are bound)
  if ((object === 'void' || !simpleBody(member.body, cx.checker)) && lowersStatements(cx)) adoptMethod(cx, member, what);
  // (a method called on `this` while it is constructed reads the fields assigned so far)
  const constructing = receiver && skipParens(receiver).kind === ts.SyntaxKind.ThisKeyword ? frames[frames.length - 1]?.constructing : undefined;
  const frame: Frame = { fields: self ? new Map(self) : undefined, cls, ...(of ? { of } : {}), ...(receiver ? { receiver: receiver.getText(b.sf) } : {}), method: member.name.getText(), ...(constructing ? { constructing } : {}) };
  // (its defaults read `this` as the method's receiver: `force(x, scale = this.k)`)
  const restore = bindParams(cx, member.parameters, args, call, what, values, frame);
  active.add(member);
  frames.push(frame);
  try {
    const statements = member.body.statements;
    const last = statements[statements.length - 1];
    if (object === 'void') {
      if (!lowersStatements(cx)) return b.fail(call, 'TSG1007', `'${what}' returns nothing, and tsgrad lowers such a method's statements inside a function only`, 'call the method inside a function');
      methodStatements(cx, member, what, true);
      return constAtom(false, { name: 'undefined' });
    }
    if (!simpleBody(member.body, cx.checker)) {
      // (any other body: its statements lowered here as the caller's, method-bodies.ts)
      if (!lowersStatements(cx)) {
        const s = statements.find((t) => !isConstStatement(t)) ?? member;
        return b.fail(s, 'TSG1007', `'${what}' has '${s.getText().split('\n')[0]}', and tsgrad lowers a value class's method with statements inside a function only (here: const declarations and one return)`,
          'call the method inside a function');
      }
      if (object === false) return methodNumber(cx, member, what);
      if (!last || !ts.isReturnStatement(last) || !last.expression) {
        return b.fail(last ?? member, 'TSG1007', `'${what}' does not end with a return of its value`, 'end the method with return new …(…)');
      }
      methodStatements(cx, member, what);
    } else {
      for (const s of statements.slice(0, -1)) constDeclarations(cx, s as ts.VariableStatement);
    }
    if (!last || !ts.isReturnStatement(last) || !last.expression) {
      return b.fail(last ?? member, 'TSG1007', `'${what}' does not end with a return of its value`, 'end the method with return …');
    }
    if (object) {
      const instance = valueInstance(cx, last.expression);
      if (!instance) return b.fail(last.expression, 'TSG1003', `'${what}' returns '${last.expression.getText()}', which is not an instance tsgrad holds`, `return new ${cls}(…)`);
      return instance;
    }
    return numeric(cx, lowerExpr(cx, last.expression), last.expression);
  } finally {
    frames.pop();
    active.delete(member);
    restore();
  }
}

/**
 * `this.x` read while the instance is constructed, before its constructor assigns x (a field of
 * the class that JavaScript reads as undefined there): refused, saying when it is assigned.
 * Returns where `this.x` is not such a read.
 */
function readBeforeAssigned(cx: ExprContext, e: ts.PropertyAccessExpression): void {
  const frame = frames[frames.length - 1];
  const c = frame?.constructing;
  const name = e.name.text;
  if (!c || !frame.of?.fields.includes(name) || c.fields.has(name)) return;
  const through = frame.method ? ` (in '${frame.cls}.${frame.method}', called while the instance is constructed)` : '';
  if (c.phase === 'initialisers') {
    const f = c.field!;
    return cx.b.fail(e, 'TSG1002', `'${e.getText(cx.b.sf)}' is read by the initialiser of the field '${f}'${through} before the constructor of '${c.cls}' assigns '${name}': with class fields as ES2022 defines them (this project's target and useDefineForClassFields), field initialisers run before the constructor's parameter properties and body, so JavaScript reads undefined here`,
      `assign the field in the constructor instead (declare it 'readonly ${f}: number;' and write this.${f} = … in the body), or compute it from the constructor's parameters`);
  }
  if (c.cls !== c.of) {
    return cx.b.fail(e, 'TSG1002', `'${e.getText(cx.b.sf)}' is read${through} while the constructor of '${c.cls}' runs, before '${c.of}' assigns '${name}': a base class's constructor runs before the derived class's assigns its fields, so JavaScript reads undefined here`,
      `compute the value after the instance is constructed (a getter or a method of '${c.of}'), or pass it to super(…)`);
  }
  return cx.b.fail(e, 'TSG1002', `'${e.getText(cx.b.sf)}' is read${through} before the constructor of '${c.cls}' assigns '${name}', so JavaScript reads undefined here`,
    `assign '${name}' before it is read`);
}

/** Whether `target` (`g.db`) names a setter of a class: its writes are lowered by setterWrite. */
export function namesSetter(checker: ts.TypeChecker, target: ts.Expression): boolean {
  const inner = skipParens(target);
  return ts.isPropertyAccessExpression(inner) && accessor(checker, inner, ts.SyntaxKind.SetAccessor) !== undefined;
}

/**
 * A write through a value class's setter (`g.db = v`, `g.db += 1`, `g.db++`, `this.db = v` in a
 * method): the setter lowered in place as a method returning nothing, its parameter bound to the
 * number written (`written` computes it, from the getter's value for a compound write) and the
 * expression's value returned (what `written` says: the number written, or the old one of
 * `g.db++`). Undefined when `target` names no setter of a value class instance.
 */
export function setterWrite(cx: ExprContext, target: ts.Expression, written: (old: () => Atom) => { value: Atom; result: Atom }): Atom | undefined {
  const inner = skipParens(target);
  if (!ts.isPropertyAccessExpression(inner)) return undefined;
  const setter = accessorAt(cx.checker, inner, ts.SyntaxKind.SetAccessor);
  if (!setter || isStatic(setter)) return undefined;
  const object = skipParens(inner.expression);
  if (object.kind === ts.SyntaxKind.ThisKeyword ? frames.length === 0 : !(valueClassOf(cx.checker, cx.checker.getTypeAtLocation(object)) ?? exactClass(cx, object))) return undefined;
  const old = (): Atom => {
    const getter = accessorAt(cx.checker, inner, ts.SyntaxKind.GetAccessor);
    if (!getter) {
      return cx.b.fail(target.parent, 'TSG1002', `'${target.parent.getText(cx.b.sf)}' reads the property '${inner.name.text}', which has a setter and no getter, so it reads undefined`,
        `add a getter, get ${inner.name.text}(): number { return …; }, or write ${inner.getText(cx.b.sf)} = <the new value>`);
    }
    return inlineMember(cx, getter, object, [], inner, false) as Atom;
  };
  const { value, result } = written(old);
  inlineMember(cx, setter, object, [], inner, 'void', [value]);
  return result;
}

/**
 * A number a value class gives (lowerExpr's hook): `v.x` of an instance, `v.len` of a getter,
 * `a.dot(b)` of a method, `C.lerp(a, b, t)` of a static method; undefined for anything else.
 */
export function valueClassNumber(cx: ExprContext, e: ts.Expression): Atom | undefined {
  const { checker } = cx;
  if (ts.isPropertyAccessExpression(e)) {
    const object = skipParens(e.expression);
    const own = object.kind === ts.SyntaxKind.ThisKeyword || object.kind === ts.SyntaxKind.SuperKeyword;
    if (own ? frames.length === 0 : !(valueClassOf(checker, checker.getTypeAtLocation(object)) ?? exactClass(cx, object))) return undefined;
    const member = accessorAt(checker, e, ts.SyntaxKind.GetAccessor);
    if (member) return inlineMember(cx, member, object, [], e, false) as Atom;
    const setter = accessorAt(checker, e, ts.SyntaxKind.SetAccessor);
    if (setter) {
      return cx.b.fail(e, 'TSG1002', `'${e.getText(cx.b.sf)}' reads the property '${e.name.text}', which has a setter and no getter, so it reads undefined`,
        `add a getter, get ${e.name.text}(): number { return …; }, or read the field the setter assigns`);
    }
    // (`d.x` of a name holding an object: expressions.ts reads it)
    if (ts.isIdentifier(object)) return undefined;
    const instance = valueInstance(cx, object);
    const v = instance?.get(e.name.text);
    if (!v && own) readBeforeAssigned(cx, e);
    return v ? varAtom(v) : undefined;
  }
  if (ts.isCallExpression(e)) {
    const method = methodCall(cx, e);
    if (!method) return undefined;
    if (checker.getTypeAtLocation(e).flags & ts.TypeFlags.Void) return inlineMember(cx, method.member, method.receiver, e.arguments, e, 'void') as Atom;
    if (!(checker.getTypeAtLocation(e).flags & ts.TypeFlags.NumberLike)) {
      return cx.b.fail(e, 'TSG1003', `'${e.getText(cx.b.sf)}' does not return a number, and tsgrad lowers a value class's methods returning numbers or instances`, 'return a number, or a new instance');
    }
    return inlineMember(cx, method.member, method.receiver, e.arguments, e, false) as Atom;
  }
  return undefined;
}


/**
 * `const d = new Vec3(…)`, `let s = a.step(dt)`: a local holding a value class instance, one
 * number local per field (a variable where the local is assigned again: `s = s.step(dt)`).
 * Returns false for a local of any other type.
 */
export function valueDeclaration(cx: ExprContext, d: ts.VariableDeclaration & { name: ts.Identifier }, symbol: ts.Symbol, assigned: boolean, fn: ts.Node): boolean {
  const { b, checker } = cx;
  const init = d.initializer;
  const cls = valueClassOf(checker, checker.getTypeAtLocation(d.name)) ?? exactDeclaration(cx, d, symbol);
  if (!cls || !init) return false;
  // (a field assigned after the constructor, `v.y += 1`: its numbers are variables, changed in
  // place as a local object literal's are; the instance is then the local's own, made here)
  // (in the method whose body declares it, when that is lowered in place here)
  const write = propertyWrite(checker, ts.findAncestor(d, (n) => n === fn || ts.isMethodDeclaration(n) || ts.isAccessor(n)) ?? fn, symbol);
  if (write && skipParens(init).kind === ts.SyntaxKind.ThisKeyword) {
    return b.fail(write, 'TSG1003', `'${write.getText(b.sf)}' changes a field of the '${cls.name}' instance '${d.name.text}', which is 'this': tsgrad holds each local's instance as numbers of its own, and the change would not reach 'this'`,
      `change this.${cls.fields[0]} itself, or make a new instance: const ${d.name.text} = new ${cls.name}(${cls.fields.map((f) => `this.${f}`).join(', ')})`);
  }
  const instance = valueInstance(cx, init);
  if (!instance) {
    return b.fail(init, 'TSG1003', `'${d.name.text}' holds an instance of '${cls.name}', and '${init.getText(b.sf)}' is not one tsgrad reads`,
      `write new ${cls.name}(…), a method's or helper's call returning one, or a name holding one`);
  }
  // (the instance another local holds, `const w = v`, `const w = v.self()` of a method returning
  // `this`: JavaScript shares it, tsgrad holds numbers per local; refused where either changes it)
  const numbers = [...instance.values()];
  const holder = mayAlias(cx, init) && [...cx.scope.entries()].find(([, h]) => h.kind === 'object' && [...h.fields.values()].some((v) => numbers.includes(v)));
  if (holder && (write || numbers.some((v) => changedInPlace.has(v)))) {
    const other = holder[0].getName();
    const copy = `const ${d.name.text} = new ${cls.name}(${cls.fields.map((f) => `${other}.${f}`).join(', ')})`;
    return write
      ? b.fail(write, 'TSG1003', `'${write.getText(b.sf)}' changes a field of the '${cls.name}' instance '${d.name.text}', which is the instance '${other}' holds too: tsgrad holds each local's instance as numbers of its own, and the change would not reach '${other}'`,
        `change the fields of one local only, or make a new instance: ${copy}`)
      : b.fail(init, 'TSG1003', `'${d.name.text}' holds the '${cls.name}' instance '${other}' holds, whose fields are changed in place: tsgrad holds each local's instance as numbers of its own, and '${d.name.text}' would not see the changes`,
        `read the fields of '${other}' itself, or copy them when you mean a copy: ${copy}`);
  }
  // (the numbers it holds now, whatever the local they came from is assigned later: `const start = s`)
  let fields: ReadonlyMap<string, Var> = [...instance.values()].some((v) => v.mutable)
    ? new Map(cls.fields.map((f) => [f, asVar(cx, varAtom(instance.get(f)!), `${d.name.text}_${f}`)]))
    : instance;
  if (assigned || write) {
    const own = new Map<string, Var>();
    for (const f of cls.fields) {
      const v = b.newVar(`${d.name.text}_${f}`, 'f64', 'local', true);
      b.assign(v, varAtom(instance.get(f)!), true);
      own.set(f, v);
      if (write) changedInPlace.add(v);
    }
    fields = own;
  }
  cx.scope.set(symbol, { kind: 'object', fields, typeText: cls.name });
  return true;
}

/** `const k = new Gaussian(…)` of a class another extends (no other type declared): an exact local. */
function exactDeclaration(cx: ExprContext, d: ts.VariableDeclaration, symbol: ts.Symbol): ValueClass | undefined {
  const init = d.initializer && skipParens(d.initializer);
  if (!init || !ts.isNewExpression(init) || d.type || !(d.parent.flags & ts.NodeFlags.Const)) return undefined;
  const decl = classNamed(cx, init.expression);
  const v = decl && analyse(cx.checker, decl);
  if (!v || !('fields' in v) || classDeclarationOf(cx.checker.getTypeAtLocation(d.name)) !== decl) return undefined;
  exactLocals.set(symbol, v);
  return v;
}

/**
 * Whether `init` may give an instance another local holds (a name, `this`, a getter, a method
 * that returns anything but `new C(…)`): a `new`, or a helper's object, is an object of its own.
 */
function mayAlias(cx: ExprContext, init: ts.Expression): boolean {
  const e = skipParens(init);
  if (ts.isNewExpression(e)) return false;
  if (ts.isCallExpression(e)) {
    const method = methodCall(cx, e);
    if (!method) return false;
    const returned: ts.Expression[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isFunctionLike(n)) return;
      if (ts.isReturnStatement(n) && n.expression) returned.push(skipParens(n.expression));
      ts.forEachChild(n, visit);
    };
    if (method.member.body) ts.forEachChild(method.member.body, visit);
    return !returned.every((r) => ts.isNewExpression(r));
  }
  return true;
}

/** The numbers of instances whose fields are assigned after their constructor (`v.y += 1`). */
const changedInPlace = new WeakSet<Var>();

/** An assignment in `fn` to a property of the local `symbol` (`d.x = 1`, `d.x++`). */
function propertyWrite(checker: ts.TypeChecker, fn: ts.Node, symbol: ts.Symbol): ts.Node | undefined {
  const named = (object: ts.Expression): boolean => ts.isIdentifier(object) && checker.getSymbolAtLocation(object) === symbol;
  return memberWrite(fn, named) ?? changingCall(checker, fn, named);
}

/** The method `call` calls, when it changes its instance (assigns a field of `this`, or calls a method of `this` that does). */
function changingMethod(checker: ts.TypeChecker, call: ts.CallExpression, seen = new Set<ts.Node>()): ts.MethodDeclaration | undefined {
  const callee = skipParens(call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const member = checker.getSymbolAtLocation(callee)?.valueDeclaration;
  if (!member || !ts.isMethodDeclaration(member) || !member.body || isStatic(member) || !ts.isClassDeclaration(member.parent) || seen.has(member)) return undefined;
  seen.add(member);
  if (assignsThis(member.body)) return member;
  return changingCall(checker, member.body, (o) => o.kind === ts.SyntaxKind.ThisKeyword, seen) ? member : undefined;
}

/** The first call in `n` of a method that changes its instance, on an object `of` accepts (`p.advance(dt)`). */
function changingCall(checker: ts.TypeChecker, n: ts.Node, of: (object: ts.Expression) => boolean, seen = new Set<ts.Node>()): ts.CallExpression | undefined {
  let found: ts.CallExpression | undefined;
  const visit = (m: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(m) && ts.isPropertyAccessExpression(skipParens(m.expression)) &&
        of(skipParens((skipParens(m.expression) as ts.PropertyAccessExpression).expression)) && changingMethod(checker, m, seen)) found = m;
    else ts.forEachChild(m, visit);
  };
  visit(n);
  return found;
}

/**
 * `this.x` assigned in a method lowered in place (`this.x += this.v * dt`): the receiver's
 * variable, when the receiver is a local changed in place; undefined for another target.
 */
export function thisFieldTarget(cx: ExprContext, target: ts.Expression): Var | undefined {
  if (!ts.isPropertyAccessExpression(target) || skipParens(target.expression).kind !== ts.SyntaxKind.ThisKeyword) return undefined;
  const frame = frames[frames.length - 1];
  const v = frame?.fields?.get(target.name.text);
  if (!frame || !v) return undefined;
  if (!v.mutable && frame.constructing) {
    return cx.b.fail(target, 'TSG1003', `'${target.parent.getText(cx.b.sf)}' changes a field of the '${frame.cls}' instance while it is constructed (in '${frame.cls}.${frame.method ?? 'method'}', called by its constructor or a field initialiser), which tsgrad does not follow`,
      `compute the values in the constructor itself (this.${target.name.text} = …, each field assigned once), or call the method on the instance after constructing it`);
  }
  if (!v.mutable) {
    return cx.b.fail(target, 'TSG1003', `'${target.parent.getText(cx.b.sf)}' changes a field of the '${frame.cls}' instance '${frame.receiver ?? 'this'}', which tsgrad holds as constants here: tsgrad changes in place an instance held by a local of the function that calls the method`,
      `call it on a local: const p = new ${frame.cls}(…); p.${frame.method ?? 'method'}(…), or return a new instance instead`);
  }
  return v;
}

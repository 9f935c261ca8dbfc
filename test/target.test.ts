/**
 * The target IR's tape: sweeps are built from typed tape operations (ir/target.ts `tape(op, …)`),
 * the stack pass (reverse/stack.ts) finds them by kind and puts them into locals, and emit/
 * prints what is left. Here on hand-built target code, run against the runtime's tape: what is
 * pushed comes back in reverse order, and the tape ends where it started.
 */
import ts from 'typescript';
import babel from '../compiler/emit/babel-types.cjs';
import { generate } from '../compiler/emit/generate.js';
import { block, expr as emitExpr } from '../compiler/emit/statements.js';
import {
  type TExpr, type TStmt, bin, call, eachExprIn, eachStmt, fnCallee, globalCall, helperCall, index, isMethod, isRuntime, isTape, mapExpr, mapExprsIn, mapNested, mapStmt, mapStmts, mathCall, member,
  local, methodCall, name, num, runtime, scheduleCall, stmtHas, tape as tapeOp, atomExpr, constant, namesIn, exprKey, ref,
} from '../compiler/ir/target.js';
import { type Atom, constantValue, floatArrayCtors, intArrayCtors, isArrayCtor, isIntArrayCtor } from '../compiler/ir/types.js';
import { localStack } from '../compiler/reverse/stack.js';
import { restore, saveArray, tape } from '../runtime/index.js';

/** The statements as a JavaScript function of `a` (types stripped), with the runtime's tape, restore and saveArray in scope. */
function run(code: readonly TStmt[], a: Float64Array): unknown {
  const source = generate(babel.types.program(block(code))).code;
  const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  return new Function('tape', 'restore', 'saveArray', 'a', js)(tape, restore, saveArray, a);
}

const decl = (n: string, init: TExpr, kind: 'const' | 'let' = 'let'): TStmt => ({ k: 'decl', kind, name: n, init });
const assign = (n: string, value: TExpr): TStmt => ({ k: 'assign', target: name(n), op: '=', value });
const expr = (e: TExpr): TStmt => ({ k: 'expr', e });

/** Saves a number, a decision, an array and a counter; overwrites them; restores them in reverse. */
const sweep: TStmt[] = [
  decl('x', num(3)),
  decl('flag', bin('>', name('x'), num(1))),
  decl('n', num(7)),
  expr(tapeOp('push', name('x'))),
  expr(tapeOp('pushBool', name('flag'))),
  expr(tapeOp('pushArray', name('a'))),
  expr(tapeOp('pushInt', name('n'))),
  assign('x', num(0)), assign('flag', { k: 'bool', value: false }), assign('n', num(0)),
  { k: 'assign', target: index(name('a'), num(0)), op: '=', value: num(99) },
  assign('n', tapeOp('popInt')),
  expr(tapeOp('popArray', name('a'))),
  assign('flag', tapeOp('popBool')),
  assign('x', tapeOp('pop')),
  { k: 'return', e: { k: 'array', elements: [name('x'), name('flag'), name('n'), index(name('a'), num(0))] } },
];

beforeEach(() => tape.reset());

test('the runtime tape: what the sweep pushes comes back in reverse, and the tape ends where it started', () => {
  const a = Float64Array.of(1.5, -2);
  expect(run(sweep, a)).toEqual([3, true, 7, 1.5]);
  expect(Array.from(a)).toEqual([1.5, -2]);
  expect(tape.top).toBe(0);
});

test('the stack pass puts every value operation into locals, by kind; the same values come back', () => {
  const lowered = localStack(sweep, { syncs: () => false });
  const value = ['push', 'pop', 'pushInt', 'popInt', 'pushBool', 'popBool', 'pushArray', 'popArray'] as const;
  expect(lowered.some((s) => stmtHas(s, (e) => isTape(e, ...value)))).toBe(false);
  // what it uses instead: the tape's buffer and top, its capacity check, the runtime's restore and saveArray
  const ops = new Set<string>();
  eachExprIn(lowered, (e) => { if (e.k === 'tape') ops.add(e.op); if (isRuntime(e)) ops.add(e.fn); });
  expect([...ops].sort()).toEqual(['reserve', 'restore', 'saveArray', 'top', 'values']);
  const a = Float64Array.of(1.5, -2);
  tape.push(42); // (a caller's value below: the sweep must leave it)
  expect(run(lowered, a)).toEqual([3, true, 7, 1.5]);
  expect(tape.top).toBe(1);
  expect(tape.pop()).toBe(42);
});

test('the stack pass leaves array references on the runtime tape, and writes top back around a call that may use it', () => {
  const code: TStmt[] = [
    expr(tapeOp('push', num(5))),
    expr(tapeOp('pushRef', name('a'))),
    expr(call({ k: 'fn', name: 'g', form: 'primal' }, name('a'))),
    decl('r', tapeOp('popRef'), 'const'),
    decl('v', tapeOp('pop'), 'const'),
    { k: 'return', e: { k: 'array', elements: [bin('===', name('r'), name('a')), name('v')] } },
  ];
  const lowered = localStack(code, { syncs: (c) => c.k === 'fn' && c.name === 'g' });
  const text = generate(babel.types.program(block(lowered))).code;
  expect(text).toContain('tape.pushRef(a)');
  expect(text).toContain('tape.popRef()');
  // a g that pushes and pops on the tape itself sees the top the sweep has reached
  const g = () => { tape.push(1); tape.push(2); tape.pop(); tape.pop(); };
  const source = text.replace(/\bg\(a\)/, 'g()');
  const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  expect(new Function('tape', 'g', 'a', js)(tape, g, Float64Array.of(1))).toEqual([true, 5]);
  expect(tape.top).toBe(0);
});

test('runtime helpers print under the runtime\'s names, tape operations as the tape\'s methods', () => {
  const code: TStmt[] = [
    decl('z', runtime('f64Zeros', num(3)), 'const'),
    expr(tapeOp('slice', num(0), num(2))),
    expr(runtime('sink', num(1))),
  ];
  expect(generate(babel.types.program(block(code))).code)
    .toBe('const z = f64Zeros(3);\ntape.values.subarray(0, 2);\nsink(1);');
});

test('callees print as emit/ spells them: Math, methods on their receiver, schedules, globals, helpers, and the forms of a function', () => {
  const code: TStmt[] = [
    expr(mathCall('exp', name('x'))),
    expr(methodCall('fill', member(name('adj'), 'xs'), num(0))),
    expr(methodCall('pop', name('xs'))),
    expr(scheduleCall('next', name('checkpoints'))),
    expr(call({ k: 'console', method: 'log' }, name('x'))),
    expr(globalCall('Number', 'isNaN', name('x'))),
    expr(helperCall('f64Ldexp', num(1), name('k'))),
    ...(['primal', 'vjp', 'vjpInOut', 'fwd', 'rev', 'jvp'] as const).map((form) => expr(call(fnCallee('g', form), name('x')))),
    expr(call(fnCallee('g', 'vjp', { d: true }), name('x'))),
    expr(call(fnCallee('sum', 'jvp', { runtime: true }), name('a'))),
  ];
  expect(generate(babel.types.program(block(code))).code.split('\n')).toEqual([
    'Math.exp(x);', 'adj.xs.fill(0);', 'xs.pop();', 'checkpoints.next();', 'console.log(x);', 'Number.isNaN(x);', 'f64Ldexp(1, k);',
    'g(x);', 'g_vjp(x);', 'g_vjpInOut(x);', 'g_fwd(x);', 'g_rev(x);', 'g_jvp(x);', 'g_vjp_d(x);', 'sum_jvp(a);',
  ]);
  // (passes read the kind, not the text: a function whose name spells a method call is no method)
  expect(isMethod(methodCall('pop', name('xs')), 'pop')).toBe(true);
  expect(isMethod(call(fnCallee('xs.pop')), 'pop')).toBe(false);
});

test('named constants print as the source spelled them, and are no names the passes read', () => {
  const atoms: Atom[] = [
    { kind: 'const', value: Math.PI, named: { object: 'Math', name: 'PI' } },
    { kind: 'const', value: Number.EPSILON, named: { object: 'Number', name: 'EPSILON' } },
    { kind: 'const', value: NaN, named: { name: 'NaN' } },
    { kind: 'const', value: NaN, named: { name: 'undefined' } },
  ];
  const code: TStmt[] = atoms.map((a) => expr(atomExpr(a)));
  expect(generate(babel.types.program(block(code))).code.split('\n')).toEqual(['Math.PI;', 'Number.EPSILON;', 'NaN;', 'undefined;']);
  for (const a of atoms) expect([...namesIn(atomExpr(a))]).toEqual([]);
  expect(atoms.map((a) => a.kind === 'const' && a.named && constantValue(a.named))).toEqual([Math.PI, Number.EPSILON, NaN, undefined]);
  // (a name is one identifier, whatever it spells: emit/ splits none)
  expect(emitExpr(name('Math.PI')).type).toBe('Identifier');
  expect(emitExpr(constant({ object: 'Math', name: 'PI' })).type).toBe('MemberExpression');
});

test('what generated code constructs: the integer typed arrays truncate what they store, the float ones keep it', () => {
  const global = globalThis as unknown as Record<string, new (values: number[]) => ArrayLike<number>>;
  for (const c of intArrayCtors) expect([c, isIntArrayCtor(c), isArrayCtor(c), new global[c]!([1.5])[0] === 1.5]).toEqual([c, true, true, false]);
  for (const c of floatArrayCtors) expect([c, isIntArrayCtor(c), isArrayCtor(c), new global[c]!([1.5])[0] === 1.5]).toEqual([c, false, true, true]);
  expect(['Array', 'BigInt64Array', 'Int32', 'Error'].map(isArrayCtor)).toEqual([true, false, false, false]);
  expect(generate(babel.types.program(block([expr({ k: 'new', ctor: 'Int32Array', args: [num(2)] }), expr({ k: 'new', ctor: 'RangeError', args: [] })]))).code)
    .toBe('new Int32Array(2);\nnew RangeError();');
});

test('the generic traversal visits statements in the order they first run; the maps rebuild nested lists and expressions in order', () => {
  const label = (s: TStmt): string => (s.k === 'decl' ? s.name : s.k === 'assign' && s.target.k === 'name' ? s.target.name : s.k);
  const loop: TStmt = {
    k: 'for', init: decl('i', num(0)), test: bin('<', name('i'), num(2)), update: { k: 'update', name: 'i', op: '+=', by: 1 },
    body: [assign('b', name('i')), { k: 'if', test: name('c'), then: [assign('t', num(1))], else: [assign('e', num(2))] }],
  };
  const code: TStmt[] = [decl('a', num(1)), loop, { k: 'try', body: [assign('y', num(3))], param: local('error', 'caught'), handler: [{ k: 'throw', e: name('error') }] }];
  const seen: string[] = [];
  eachStmt(code, (s) => seen.push(label(s)));
  // (a for's init runs before its test: it comes first)
  expect(seen).toEqual(['a', 'i', 'for', 'b', 'if', 't', 'e', 'try', 'y', 'throw']);

  // mapNested: the lists nested in a statement, in order, and nothing else (a for's init is kept)
  const lists: string[][] = [];
  const doubled = mapNested(code[2]!, (b) => { lists.push(b.map(label)); return [...b, ...b]; });
  expect(lists).toEqual([['y'], ['throw']]);
  expect(doubled).toMatchObject({ k: 'try', body: [{ k: 'assign' }, { k: 'assign' }], handler: [{ k: 'throw' }, { k: 'throw' }] });
  expect((mapNested(loop, (b) => [...b]) as TStmt & { k: 'for' }).init).toBe((loop as TStmt & { k: 'for' }).init);
  expect(mapNested(code[0]!, () => [])).toBe(code[0]);

  // mapStmt: own expressions (a for's init, test and update) before the body, then the body's
  const order: string[] = [];
  const renamed = (e: TExpr): TExpr => {
    if (e.k === 'name') { order.push(e.name); return name(`${e.name}2`); }
    if (e.k === 'update') { order.push(`${e.name}++`); return e; }
    return e.k === 'bin' ? bin(e.op, renamed(e.l), renamed(e.r)) : e;
  };
  const rebuild = (b: readonly TStmt[]): TStmt[] => b.map((s) => mapStmt(s, renamed, rebuild));
  const out = mapStmt(loop, renamed, rebuild) as TStmt & { k: 'for' };
  expect(order).toEqual(['i', 'i++', 'b', 'i', 'c', 't', 'e']);
  expect(out.test).toEqual(bin('<', name('i2'), num(2)));
  expect(out.body[0]).toEqual({ k: 'assign', target: name('b2'), op: '=', value: name('i2') });
});

// Every statement kind, and every expression kind, each name in it its own (n…).
const everyStmt = (): TStmt[] => [
  { k: 'decl', kind: 'const', name: 'nDecl', init: { k: 'cond', test: name('nCondTest'), then: { k: 'num', value: 1 }, else: { k: 'bool', value: true } } },
  { k: 'assign', target: index(name('nArr'), name('nIdx')), op: '+=', value: { k: 'un', op: '-', e: { k: 'member', object: name('nObj'), prop: 'length' } } },
  { k: 'expr', e: mathCall('hypot', name('nCallArg'), { k: 'str', value: 'text' }) },
  { k: 'if', test: name('nIf'), then: [{ k: 'expr', e: tapeOp('push', name('nPushed')) }], else: [{ k: 'expr', e: runtime('sink', name('nSink')) }], brief: false },
  {
    k: 'for', init: { k: 'decl', kind: 'let', name: 'nI', init: num(0) }, test: bin('<', name('nI'), name('nTo')), update: { k: 'update', name: 'nI', op: '+=', by: 1 },
    body: [{ k: 'while', test: name('nWhile'), body: [{ k: 'loop', body: [{ k: 'block', body: [{ k: 'break' }, { k: 'comment', text: 'nNot a name' }] }] }] }],
  },
  { k: 'try', body: [{ k: 'throw', e: { k: 'new', ctor: 'Error', args: [name('nThrown')] } }], param: local('nError', 'caught'), handler: [{ k: 'return', e: { k: 'array', elements: [name('nEl')] } }] },
  { k: 'return', e: { k: 'object', fields: [['key', name('nField')]] } },
];

/** Every name `code` binds or reads, and every expression kind in it. */
function namesAndKinds(code: readonly TStmt[]): { names: Set<string>; kinds: Set<string>; stmts: Set<string> } {
  const names = new Set<string>();
  const kinds = new Set<string>();
  const stmts = new Set<string>();
  eachExprIn(code, (x) => { kinds.add(x.k); if (x.k === 'name' || x.k === 'update') names.add(x.name); });
  eachStmt(code, (s) => { stmts.add(s.k); if (s.k === 'decl') names.add(s.name); if (s.k === 'try') names.add(s.param.name); });
  return { names, kinds, stmts };
}

test('the target maps: one that changes nothing gives back the same code; one that renames reaches every name of every statement and expression kind', () => {
  const code = everyStmt();
  expect(mapStmts(code, (s) => s)).toBe(code);
  expect(mapStmts(code, (s) => [s])).toBe(code);
  expect(mapExprsIn(code, (x) => x, (n) => n)).toBe(code);
  for (const s of code) for (const e of [...(s.k === 'assign' ? [s.target, s.value] : [])]) expect(mapExpr(e, (x) => x)).toBe(e);
  const before = namesAndKinds(code);
  expect([...before.stmts].sort()).toEqual(['assign', 'block', 'break', 'comment', 'decl', 'expr', 'for', 'if', 'loop', 'return', 'throw', 'try', 'while']);
  expect([...before.kinds].sort()).toEqual(['array', 'bin', 'bool', 'call', 'cond', 'index', 'member', 'name', 'new', 'num', 'object', 'runtime', 'str', 'tape', 'un', 'update']);
  const r = (n: string) => `${n}_r`;
  const out = mapExprsIn(code, (x) => (x.k === 'name' ? name(r(x.name)) : x.k === 'update' ? { ...x, name: r(x.name) } : x), r);
  const after = namesAndKinds(out);
  expect(after.names).toEqual(new Set([...before.names].map(r)));
  expect(after.kinds).toEqual(before.kinds);
  expect(after.stmts).toEqual(before.stmts);
  // (the input is left as it was)
  expect(namesAndKinds(code).names).toEqual(before.names);
  // mapExpr is bottom-up: f sees a node with its children mapped
  const seen: string[] = [];
  const product: TExpr = { k: 'bin', op: '*', l: num(2), r: num(3) };
  const folded = mapExpr({ k: 'bin', op: '+', l: product, r: name('x') }, (x) => {
    seen.push(x.k === 'bin' ? `${x.l.k}${x.op}${x.r.k}` : x.k);
    return x.k === 'bin' && x.l.k === 'num' && x.r.k === 'num' ? num(x.l.value * x.r.value) : x;
  });
  expect(seen).toEqual(['num', 'num', 'num*num', 'name', 'num+name']);
  expect(folded).toEqual(bin('+', num(6), name('x')));
});

test('mapStmts replaces top-down, splices lists, and says where each rebuilt statement went', () => {
  const code = everyStmt();
  const loop = code[4] as TStmt & { k: 'for' };
  const inner = loop.body[0]!;
  const brk = (((inner as TStmt & { k: 'while' }).body[0] as TStmt & { k: 'loop' }).body[0] as TStmt & { k: 'block' }).body[0]!;
  const moved = new Map<TStmt, TStmt>();
  const seen: string[] = [];
  const out = mapStmts(code, (s): TStmt | TStmt[] => {
    seen.push(s.k);
    if (s.k === 'break') return [];
    if (s.k === 'comment') return [s, s];
    return s;
  }, moved);
  // (f sees each statement before those nested in it)
  expect(seen).toEqual(['decl', 'assign', 'expr', 'if', 'expr', 'expr', 'for', 'while', 'loop', 'block', 'break', 'comment', 'try', 'throw', 'return', 'return']);
  expect(out).not.toBe(code);
  [0, 1, 2, 3, 5, 6].forEach((i) => expect(out[i]).toBe(code[i]));
  expect(moved.get(loop)).toBe(out[4]);
  expect((out[4] as TStmt & { k: 'for' }).body[0]).toBe(moved.get(inner));
  const newLoop = ((moved.get(inner) as TStmt & { k: 'while' }).body[0] as TStmt & { k: 'loop' });
  expect(newLoop.body[0]).toMatchObject({ k: 'block', body: [{ k: 'comment' }, { k: 'comment' }] });
  expect(moved.has(brk)).toBe(false);
  // a replacement's nested statements are mapped in turn (a statement and what it holds replaced at once)
  const twice = mapStmts(code, (s) => (s === loop ? { ...loop, body: [inner, inner] } : s === inner ? { k: 'comment', text: 'was a while' } : s));
  expect((twice[4] as TStmt & { k: 'for' }).body).toEqual([{ k: 'comment', text: 'was a while' }, { k: 'comment', text: 'was a while' }]);
});

test("'&&' and '||' with a falsy constant operand (the source's undefined: an optional flag left out) fold, so no 'undefined || c' reaches tsc --strict (TS2873; fresh fuzz seed 12063411 #3)", () => {
  const undef = constant({ name: 'undefined' });
  const c = name('c');
  const yes: TExpr = { k: 'bool', value: true };
  expect(bin('||', undef, yes)).toEqual(yes);
  expect(bin('||', c, undef)).toEqual(c);
  expect(bin('||', { k: 'bool', value: false }, c)).toEqual(c);
  expect(bin('&&', undef, c)).toEqual({ k: 'bool', value: false });
  expect(bin('&&', c, undef)).toEqual({ k: 'bool', value: false });
  // (other operands stay)
  expect(bin('||', c, yes)).toEqual({ k: 'bin', op: '||', l: c, r: yes });
});

test('exprKey: an expression of the same variables is one key; two variables of one name, or a variable and a bare name, two', () => {
  const i = local('i', 'int');
  const other = local('i', 'int');
  expect(exprKey(bin('+', ref(i), num(1)))).toBe(exprKey(bin('+', ref(i), num(1))));
  expect(exprKey(bin('+', ref(i), num(1)))).not.toBe(exprKey(bin('+', ref(other), num(1))));
  expect(exprKey(name('i'))).toBe(exprKey(name('i')));
  expect(exprKey(name('i'))).not.toBe(exprKey(ref(i)));
});

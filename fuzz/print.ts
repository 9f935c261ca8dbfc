/** Prints the fuzzer's modules as TypeScript, with each function's line range (for diagnostics). */
import type { Arg, ArrKind, ArrInit, ClassDef, Expr, Fn, Module, OrderClass, Param, Stmt } from './ast.js';

const ARRAY_TYPE: Record<ArrKind, string> = {
  f64: 'Float64Array', list: 'number[]', f32: 'Float32Array', i32: 'Int32Array', u8: 'Uint8Array',
  union: 'Float64Array | number[]', arraylike: 'ArrayLike<number>',
};
const CTOR: Partial<Record<ArrKind, string>> = {
  f64: 'Float64Array', f32: 'Float32Array', i32: 'Int32Array', u8: 'Uint8Array',
};

/** Names imported through a namespace (`g0lib.h3`), for the module being printed. */
let qualified = new Map<string, string>();
const q = (name: string): string => qualified.get(name) ?? name;

function num(v: number): string {
  return Object.is(v, -0) ? '-0' : String(v);
}

function atom(e: Expr): string {
  const s = expr(e);
  return e.k === 'bin' || e.k === 'cond' || e.k === 'un' || e.k === 'test' || (e.k === 'lit' && e.v < 0) ? `(${s})` : s;
}

export function expr(e: Expr): string {
  switch (e.k) {
    case 'lit': return num(e.v);
    case 'ref': return q(e.name);
    case 'elem': return `${q(e.arr)}[${expr(e.idx)}]`;
    case 'len': return `${q(e.arr)}.length`;
    case 'relem': return `${e.arr}[${expr(e.row)}][${expr(e.idx)}]`;
    case 'rlen': return `${e.arr}[${expr(e.row)}].length`;
    case 'un': return `${e.op}${atom(e.e)}`;
    // `a < (b > (c))` would parse as a generic call a<b>(c): the right side of `<` is never a
    // bare parenthesis (`+(…)` is the same number)
    case 'bin': {
      const r = atom(e.r);
      return `${atom(e.l)} ${e.op} ${e.op === '<' && r.startsWith('(') ? `+${r}` : r}`;
    }
    case 'math': return `${e.bare ? '' : 'Math.'}${e.fn}(${e.args.map(expr).join(', ')})`;
    case 'cond': return `${atom(e.c)} ? ${atom(e.t)} : ${atom(e.f)}`;
    case 'call': return `${q(e.fn)}(${e.args.map(arg).join(', ')})`;
    case 'test': return e.fn === 'typeof' ? `typeof ${atom(e.e)} === 'number'` : `Number.${e.fn}(${expr(e.e)})`;
    case 'true': return 'true';
    case 'false': return 'false';
    case 'undefined': return 'undefined';
    case 'spread': return `...${q(e.arr)}${e.window ? `.subarray(${e.window[0]}, ${e.window[1]})` : ''}`;
    case 'obj': return `{ ${e.fields.map((f) => `${f.name}: ${expr(f.e)}`).join(', ')} }`;
    case 'new': return `new ${e.self ? 'this' : e.cls}(${e.args.map(expr).join(', ')})`;
    case 'scall': return `${e.cls}.${e.method}(${e.args.map(expr).join(', ')})`;
    case 'mcall': return `${e.obj}.${e.method}(${e.args.map(arg).join(', ')})`;
    case 'set': return `(${q(e.name)} = ${expr(e.e)})`;
  }
}

/** The type of an object of numbers with these properties: `{ a: number; b: number }`. */
const objType = (fields: string[]): string => `{ ${fields.map((f) => `${f}: number`).join('; ')} }`;

function arg(a: Arg): string {
  if (a.k === 'tmp') return arrInit(a.kind, a.init);
  if (a.k === 'objref') return a.name;
  if (a.k !== 'arr') return expr(a);
  return a.window ? `${q(a.name)}.subarray(${a.window[0]}, ${a.window[1]})` : q(a.name);
}

function arrInit(kind: ArrKind, init: ArrInit): string {
  const ctor = CTOR[kind] ?? 'Float64Array';
  switch (init.k) {
    case 'zeros': return kind === 'list' ? `new Array<number>(${init.len}).fill(0)` : `new ${ctor}(${init.len})`;
    case 'fill': return `new Array<number>(${init.len}).fill(${num(init.v)})`;
    case 'literal': {
      const list = `[${init.elems.map(expr).join(', ')}]`;
      return kind === 'list' ? list : `new ${ctor}(${list})`;
    }
    case 'empty': return '[]';
    case 'window': return `${q(init.arr)}.subarray(${init.from}, ${init.to})`;
    case 'row': return init.at ? `${init.arr}[${expr(init.at)}]` : init.last ? `${init.arr}[${init.arr}.length - 1]` : `${init.arr}[0]`;
    case 'cond': return `${atom(init.c)} ? ${q(init.a)} : ${q(init.b)}`;
    case 'copy': {
      const range = init.from === undefined ? '' : `${init.from}, ${init.to}`;
      if (init.how === 'slice') return `${q(init.arr)}.slice(${range})`;
      if (init.how === 'from') return `Float64Array.from(${q(init.arr)})`;
      if (init.how === 'new') return `new Float64Array(${q(init.arr)})`;
      return `Array.from(${q(init.arr)})`;
    }
    case 'call': return `${q(init.fn)}(${init.args.map(arg).join(', ')})`;
    case 'sorted': {
      const copy = init.how === 'slice' ? `${q(init.arr)}.slice()` : init.how === 'spread' ? `[...${q(init.arr)}]`
        : init.how === 'arrayFrom' ? `Array.from(${q(init.arr)})` : init.how === 'from' ? `Float64Array.from(${q(init.arr)})` : q(init.arr);
      return init.inPlace ? copy : `${copy}.${init.how === 'toSorted' ? 'toSorted' : 'sort'}(${comparator(init)})`;
    }
  }
}

/** The sorting feature's comparator: `(a, b) => a - b`, `(a, b) => b - a`, with a block body, or none (a typed array's default sort). */
function comparator(init: ArrInit & { k: 'sorted' }): string {
  if (init.order === 0) return '';
  const d = init.order === 1 ? 'a - b' : 'b - a';
  return init.block ? `(a, b) => { return ${d}; }` : `(a, b) => ${d}`;
}

function block(body: Stmt[], ind: string, out: string[]): void {
  for (const s of body) stmt(s, ind, out);
}

function label(l: string | undefined): string {
  return l ? `${l}: ` : '';
}

function stmt(s: Stmt, ind: string, out: string[]): void {
  const inner = ind + '  ';
  switch (s.k) {
    case 'decl':
      if (s.init === undefined) out.push(`${ind}${s.kw} ${s.name};`);
      else out.push(`${ind}${s.kw} ${s.name}${s.bool ? ': boolean' : s.number ? ': number' : ''} = ${expr(s.init)};`);
      return;
    case 'assign': {
      if (!s.setter) out.push(`${ind}${s.name} ${s.op} ${expr(s.e)};`);
      else {
        const [o, x] = s.name.split('.') as [string, string];
        out.push(`${ind}${o}.${setterName(x)}(${s.op === '=' ? expr(s.e) : `${s.name} ${s.op[0]} (${expr(s.e)})`});`);
      }
      return;
    }
    case 'incr': out.push(`${ind}${s.name}${s.op};`); return;
    case 'arrdecl': {
      const init = arrInit(s.kind, s.init);
      // (a rebindable typed array is declared with its type, as users write it: inferred from
      // `new Float64Array(n)` it is Float64Array<ArrayBuffer>, which a parameter's
      // Float64Array<ArrayBufferLike> cannot be assigned to, TS2322 in the generated source)
      const typed = s.kw === 'let' ? /^new ((?:Float|Int|Uint)\w*Array)\(/.exec(init)?.[1] : undefined;
      const ty = s.init.k === 'empty' ? ': number[]' : typed ? `: ${typed}` : '';
      out.push(`${ind}${s.kw} ${s.name}${ty} = ${init};`);
      if (s.init.k === 'sorted' && s.init.inPlace) out.push(`${ind}${s.name}.sort(${comparator(s.init)});`);
      return;
    }
    case 'store': out.push(`${ind}${s.arr}[${expr(s.idx)}] ${s.op} ${expr(s.e)};`); return;
    case 'push': out.push(`${ind}${s.arr}.push(${expr(s.e)});`); return;
    case 'fillstmt': out.push(`${ind}${s.arr}.fill(${s.e ? expr(s.e) : num(s.v)});`); return;
    case 'rebind': out.push(`${ind}${s.name} = ${s.from};`); return;
    case 'rowsdecl': {
      const r = s.rows;
      if (r.k === 'rlit') out.push(`${ind}${s.kw} ${s.name}${r.typed ? ': number[][]' : ''} = [${r.rows.map((row) => `[${row.map(expr).join(', ')}]`).join(', ')}];`);
      else if (r.k === 'rempty') out.push(`${ind}${s.kw} ${s.name}: number[][] = [];`);
      else if (r.f64) out.push(`${ind}${s.kw} ${s.name} = Array.from({ length: ${r.count} }, () => new Float64Array(${r.width}));`);
      else out.push(`${ind}${s.kw} ${s.name}: number[][] = Array.from({ length: ${r.count} }, () => new Array(${r.width}).fill(${num(r.v)}));`);
      return;
    }
    case 'rowpush': out.push(`${ind}${s.arr}.push(${s.row.k === 'relems' ? `[${s.row.elems.map(expr).join(', ')}]` : `new Array(${s.row.width}).fill(${num(s.row.v)})`});`); return;
    case 'rstore': out.push(`${ind}${s.arr}[${expr(s.row)}][${expr(s.idx)}] ${s.op} ${expr(s.e)};`); return;
    case 'rincr': out.push(`${ind}${s.arr}[${expr(s.row)}][${expr(s.idx)}]++;`); return;
    case 'destruct':
      out.push(s.from === 'Math'
        ? `${ind}const { ${s.names.join(', ')} } = Math;`
        : `${ind}const [${s.names.join(', ')}] = ${q(s.from)};`);
      return;
    case 'if':
      out.push(`${ind}if (${expr(s.c)}) {`);
      block(s.then, inner, out);
      if (s.else) {
        out.push(`${ind}} else {`);
        block(s.else, inner, out);
      }
      out.push(`${ind}}`);
      return;
    case 'for': {
      const cmp = s.step > 0 ? '<' : '>=';
      const upd = s.step === 1 ? `${s.v}++` : s.step === -1 ? `${s.v}--` : s.step > 0 ? `${s.v} += ${s.step}` : `${s.v} -= ${-s.step}`;
      if (s.ckpt) out.push(`${ind}/** @checkpoint */`);
      out.push(`${ind}${label(s.label)}for (let ${s.v} = ${num(s.from)}; ${s.v} ${cmp} ${expr(s.to)}; ${upd}) {`);
      block(s.body, inner, out);
      out.push(`${ind}}`);
      return;
    }
    case 'forof':
      if (s.each) {
        out.push(`${ind}${q(s.arr)}.forEach((${s.v}${s.entries ? `, ${s.entries}` : ''}) => {`);
        block(s.body, inner, out);
        out.push(`${ind}});`);
        return;
      }
      out.push(s.entries
        ? `${ind}${label(s.label)}for (const [${s.entries}, ${s.v}] of ${q(s.arr)}.entries()) {`
        : `${ind}${label(s.label)}for (const ${s.v} of ${q(s.arr)}) {`);
      block(s.body, inner, out);
      out.push(`${ind}}`);
      return;
    case 'while':
      out.push(`${ind}${label(s.label)}while (${expr(s.c)}) {`);
      block(s.body, inner, out);
      out.push(`${ind}}`);
      return;
    case 'dowhile':
      out.push(`${ind}${label(s.label)}do {`);
      block(s.body, inner, out);
      out.push(`${ind}} while (${expr(s.c)});`);
      return;
    case 'switch':
      out.push(`${ind}switch (${expr(s.e)}) {`);
      for (const c of s.cases) {
        out.push(`${inner}${c.v === null ? 'default:' : `case ${num(c.v)}:`}`);
        block(c.body, inner + '  ', out);
      }
      out.push(`${ind}}`);
      return;
    case 'break': case 'continue': out.push(`${ind}${s.k}${s.label ? ' ' + s.label : ''};`); return;
    case 'return': out.push(`${ind}return${s.e ? ' ' + expr(s.e) : ''};`); return;
    case 'throw': out.push(`${ind}throw new ${s.ctor}(${JSON.stringify(s.msg)});`); return;
    case 'callstmt': out.push(`${ind}${q(s.fn)}(${s.args.map(arg).join(', ')});`); return;
    case 'objdecl':
      out.push(s.names
        ? `${ind}${s.kw} { ${s.fields.map((f, i) => `${f}: ${s.names![i]}`).join(', ')} } = ${expr(s.init)};`
        : `${ind}${s.kw} ${s.name}${s.kw === 'let' ? `: ${s.cls ?? objType(s.fields)}` : ''} = ${expr(s.init)};`);
      return;
    case 'objset': out.push(`${ind}${s.name} = ${expr(s.init)};`); return;
  }
}

function param(p: Param): string {
  if (p.dfltExpr) return `${p.name}: number = ${expr(p.dfltExpr)}`;
  if (p.dflt !== undefined) return `${p.name} = ${num(p.dflt)}`;
  if (p.ty === 'flag') return p.flagDefault === undefined ? `${p.name}?: boolean` : `${p.name} = ${p.flagDefault}`;
  return `${p.name}: ${p.ty === 'num' ? 'number' : p.ty === 'obj' ? p.cls ?? objType(p.fields!) : p.ty === 'rows' ? p.rows!.type : ARRAY_TYPE[p.ty]}`;
}

/** The type `f` returns, as written. */
function retType(f: Fn): string {
  return f.ret === 'num' ? 'number' : f.ret === 'bool' ? 'boolean' : f.ret === 'arr' ? ARRAY_TYPE[f.retArr!.kind] : f.ret === 'obj' ? f.retCls ?? objType(f.retFields!) : 'void';
}

const setterName = (x: string): string => `set${x.toUpperCase()}`;

/**
 * A class of the `classes` feature: its fields, its constructor, its methods (`this` not printed);
 * with `split` (the inheritance feature), a base class `${name}B` with the fields, the constructor
 * and the first method, and `${name} extends ${name}B` with a constructor calling super and the rest.
 */
function classDef(c: ClassDef, out: string[]): void {
  out.push(`class ${c.split ? `${c.name}B` : c.name} {`);
  if (c.paramProps) out.push(`  constructor(${c.fields.map((x) => `public ${x}: number`).join(', ')}) {}`);
  else {
    const own = c.priv ? '#' : '';
    for (const x of c.fields) out.push(`  ${own}${x}: number;`);
    out.push(`  constructor(${c.fields.map((x) => `${x}: number`).join(', ')}) {`);
    for (const x of c.fields) out.push(`    this.${own}${x} = ${x};`);
    out.push('  }');
    if (c.priv) {
      for (const x of c.fields) out.push(`  get ${x}(): number { return this.#${x}; }`);
      for (const x of c.fields) out.push(c.accessors ? `  set ${x}(v: number) { this.#${x} = v; }` : `  ${setterName(x)}(v: number): void { this.#${x} = v; }`);
    }
  }
  // (the body reads its fields as this.x: this.#x where they are private)
  const field = new RegExp(`\\bthis\\.(${c.fields.join('|')})\\b(?!\\s*\\()`, 'g');
  c.methods.forEach((f, i) => {
    if (c.split && i === 1) {
      out.push('}', '', `class ${c.name} extends ${c.name}B {`);
      out.push(`  constructor(${c.fields.map((x) => `${x}: number`).join(', ')}) {`, `    super(${c.fields.join(', ')});`, '  }');
    }
    out.push(`  ${f.name}(${f.params.slice(1).map(param).join(', ')}): ${retType(f)} {`);
    const body: string[] = [];
    block(f.body, '    ', body);
    out.push(...(c.priv ? body.map((l) => l.replace(field, 'this.#$1')) : body));
    out.push('  }');
  });
  out.push('}');
}

/**
 * A class of the classOrder feature: its fields (initialised or declared), its constructor
 * (parameter properties, `super(…)`, `this.f = e`), getters, setters, static methods and methods.
 */
function orderClass(c: OrderClass, out: string[]): void {
  out.push(`class ${c.name}${c.base ? ` extends ${c.base}` : ''} {`);
  for (const f of c.fields) out.push(`  ${f.mutable ? '' : 'readonly '}${f.name}${f.init ? ` = ${expr(f.init)}` : ': number'};`);
  out.push(`  constructor(${c.params.map((p) => `${p.prop ? 'readonly ' : ''}${p.name}: number`).join(', ')}) {${c.superArgs || c.body.length ? '' : '}'}`);
  if (c.superArgs || c.body.length) {
    if (c.superArgs) out.push(`    super(${c.superArgs.map(expr).join(', ')});`);
    for (const b of c.body) out.push(`    this.${b.name} = ${expr(b.e)};`);
    out.push('  }');
  }
  for (const g of c.getters) out.push(`  get ${g.name}(): number {`, `    return ${expr(g.e)};`, '  }');
  for (const g of c.setters) {
    out.push(`  set ${g.name}(v: number) {`);
    block(g.body, '    ', out);
    out.push('  }');
  }
  for (const f of [...c.statics, ...c.methods]) {
    const own = c.statics.includes(f) ? f.params : f.params.slice(1);
    out.push(`  ${c.statics.includes(f) ? 'static ' : ''}${f.name}(${own.map(param).join(', ')}): ${retType(f)} {`);
    block(f.body, '    ', out);
    out.push('  }');
  }
  out.push('}');
}

function fn(f: Fn, out: string[]): void {
  const ex = f.exported ? 'export ' : '';
  const params = f.params.map(param).join(', ');
  if (f.registered) {
    // A function tsgrad must not look inside (its body uses a closure), with its derivative.
    const [x, y] = f.params.map((p) => p.name);
    const c = num(f.registered.c);
    out.push(`${ex}function ${f.name}(${params}): number {`);
    out.push(`  const sq = [${x}].map((v) => v * v);`);
    out.push(`  return ${c} * sq[0] + Math.sin(${y});`);
    out.push('}');
    out.push(`${ex}function ${f.name}_vjp(${params}, adj: { ${x}: number; ${y}: number }, seed = 1): number {`);
    out.push(`  adj.${x} += seed * 2 * ${c} * ${x};`);
    out.push(`  adj.${y} += seed * Math.cos(${y});`);
    out.push(`  return ${f.name}(${x}, ${y});`);
    out.push('}');
    return;
  }
  const ret = retType(f);
  if (f.factory) {
    const { param, value, form } = f.factory;
    if (form === 'iife') {
      out.push(`${ex}const ${f.name} = (function (${param}: number) {`, `  return function ${f.name}(${params}): ${ret} {`);
      block(f.body, '    ', out);
      out.push('  };', `})(${num(value)});`);
    } else {
      out.push(`function make_${f.name}(${param}: number) {`, `  return (${params}): ${ret} => {`);
      block(f.body, '    ', out);
      out.push('  };', '}', `${ex}const ${f.name} = make_${f.name}(${num(value)});`);
    }
    return;
  }
  out.push(f.arrow ? `${ex}const ${f.name} = (${params}): ${ret} => {` : `${ex}function ${f.name}(${params}): ${ret} {`);
  block(f.body, '  ', out);
  out.push(f.arrow ? '};' : '}');
}

export interface Printed {
  text: string;
  /** Each function's first and last line (1-based), and each class's (keyed `class Pt`). */
  lines: Map<string, [number, number]>;
}

export function printModule(m: Module): Printed {
  const out: string[] = [];
  const lines = new Map<string, [number, number]>();
  if (m.kernels.length) out.push(`import { ${m.kernels.join(', ')} } from 'tsgrad/runtime';`);
  qualified = new Map();
  for (const i of m.imports) {
    const from = `'./${i.from}.js'`;
    if (i.style === 'namespace') {
      out.push(`import * as ${i.from} from ${from};`);
      for (const n of i.names) qualified.set(n, `${i.from}.${n}`);
    } else if (i.style === 'default') out.push(`import ${i.names[0]} from ${from};`);
    else if (i.style === 'reexport') out.push(`export { ${i.names.join(', ')} } from ${from};`);
    else out.push(`import { ${i.names.join(', ')} } from ${from};`);
  }
  for (const c of m.consts) {
    const v = typeof c.v === 'number' ? num(c.v) : c.scratch ? `new Float64Array(${c.v.length})` : `[${c.v.map(num).join(', ')}]`;
    out.push(`${c.exported ? 'export ' : ''}const ${c.name} = ${v};`);
  }
  for (const c of m.classes ?? []) {
    if (out.length) out.push('');
    const start = out.length + 1;
    classDef(c, out);
    lines.set(`class ${c.name}`, [start, out.length]);
  }
  for (const c of m.orderClasses ?? []) {
    if (out.length) out.push('');
    const start = out.length + 1;
    orderClass(c, out);
    lines.set(`class ${c.name}`, [start, out.length]);
  }
  for (const f of m.fns) {
    if (out.length) out.push('');
    const start = out.length + 1;
    fn(f, out);
    lines.set(f.name, [start, out.length]);
  }
  if (m.defaultExport && m.fns.some((f) => f.name === m.defaultExport)) out.push('', `export default ${m.defaultExport};`);
  qualified = new Map();
  return { text: out.join('\n') + '\n', lines };
}

/** One function and the functions and constants it needs, as a single standalone text (reports). */
export function printFunction(f: Fn): string {
  const out: string[] = [];
  fn(f, out);
  return out.join('\n');
}

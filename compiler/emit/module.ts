/**
 * The generated module: header, imports, and for each function `f_vjp` (the contract's
 * accumulating form) and `f_grad` (a fresh gradient). Signatures are written as text, so
 * parameter types stay exactly as the source wrote them; bodies are printed by
 * @babel/generator from the adjoint IR.
 */
import babel from './babel-types.cjs';
import type { AdjointFunction, Import } from '../reverse/index.js';
import type { TangentFunction } from '../forward/index.js';
import type { HvpFunction } from '../second/index.js';
import { type Loc, type Param, isArrayType, mayBeAbsentArray, paramLengthText } from '../ir/types.js';
import { GENERATED_HEADER } from '../api.js';
import { block, sourceLoc } from './statements.js';
import { generate } from './generate.js';
import { moduleMap, type GeneratedMap, type PrintedBody, type PrintedFunction, type Segment } from './source-map.js';
import { inOutVjpName, splitForwardName, splitReverseName } from '../ir/names.js';
import { splitAdjParams } from '../reverse/split.js';
import { pruneModule, secondFormName } from './unused.js';
import { flatForms, rowsImports, rowsWrappers, takesRows } from './rows.js';

const t = babel.types;

export interface ModuleSpec {
  /** The source file name shown in the header. */
  readonly sourceName: string;
  /** How the generated module imports its source module (`./loss.js`). */
  readonly sourceSpecifier: string;
  /** How it imports another source module (or, `generated`, that module's generated one). */
  readonly specifierOf: (file: string, generated: boolean) => string;
  readonly runtimeModule: string;
  readonly functions: readonly AdjointFunction[];
  /** The functions' jvps (forward mode), by function name; a function without one gets no `f_jvp`. */
  readonly tangents?: ReadonlyMap<string, TangentFunction>;
  /** The functions' hvps (second order), by function name; a function without one gets no `f_hvp` nor `f_hessian`. */
  readonly hvps?: ReadonlyMap<string, HvpFunction>;
  /** The second-order forms of its functions that f_hvps call (`f_vjp_d`, …: second/program.ts), by function name. */
  readonly secondForms?: ReadonlyMap<string, readonly HvpFunction[]>;
  /** The source file's path, as the source map names it. */
  readonly sourceFile?: string;
  /**
   * For each exported function that writes array parameters, by name: the keys of those
   * arrays (its outputs besides the value it returns). It gets an `f_jacobian`.
   */
  readonly jacobians?: ReadonlyMap<string, readonly string[]>;
}

/** The bodies printed while a module is emitted with its map (see emitModuleWithMap). */
let printed: PrintedBody[] | undefined;
/** How a printed body's map names the module's own source (its statements' locs name only other modules). */
const ownSource = '<tsgrad:source>';

/** The generated module and its source map (see source-map.ts); the code is emitModule's. */
export function emitModuleWithMap(spec: ModuleSpec & { readonly sourceFile: string }): { code: string; map: GeneratedMap } {
  const bodies: PrintedBody[] = [];
  printed = bodies;
  try {
    const { code, functions } = emitDeclarations(spec);
    return { code, map: moduleMap(code, spec.sourceFile, functions, bodies) };
  } finally {
    printed = undefined;
  }
}

export function emitModule(given: ModuleSpec): string {
  return emitDeclarations(given).code;
}

/** A function of the generated module: its doc comment, and its declaration from `function` (or `export`) to its closing brace. */
export interface Declaration {
  readonly doc: string;
  readonly code: string;
}

/** The module's text, and where each function's declaration is in it with the source function it comes from. */
function emitDeclarations(given: ModuleSpec): { code: string; functions: PrintedFunction[] } {
  // (what nothing reads is left out: locals, private functions, imports; emit/unused.ts)
  const { spec, emits } = pruneModule(given);
  const head: string[] = [
    `${GENERATED_HEADER} ${spec.sourceName}. Do not edit: run \`tsgrad compile\` to regenerate.`,
    '// For each function f: f_grad(...) returns { value, grad }; f_vjp(..., adj, seed) adds seed * gradient into adj;',
    '// f_jvp(..., tangent) returns { value, tangent }: the derivative along tangent (forward mode);',
    '// f_hvp(..., v) returns { value, grad, hvp }: hvp is the Hessian times v; f_hessian(...) the dense Hessian.',
  ];
  // (a module with array outputs: their Jacobians too)
  if (spec.functions.some((f) => f.exported && (spec.jacobians?.get(f.name)?.length ?? 0) > 0)) {
    head.push('// f_jacobian(..., mode) returns { value, jacobian, rows, columns } of a function that writes arrays: row-major, by columns or rows.');
  }
  // (the declarations first: the wrappers of a function of arrays of rows import what they call)
  const declared: [AdjointFunction, Declaration][] = [];
  const declare = (f: AdjointFunction, ...ds: Declaration[]) => { for (const d of ds) declared.push([f, d]); };
  for (const source of spec.functions) {
    // (a function of arrays of rows: its forms over the flat copy, private, then the exported wrappers, emit/rows.ts)
    const rows = takesRows(source);
    const f = rows ? flatForms(source) : source;
    if (f.primal && emits(f.name)) declare(f, primalFn(f));
    if (f.primalOnly) continue;
    if (emits(`${source.name}_vjp`)) declare(f, ...(rows ? vjp(f).map((d) => ({ ...d, code: renamedInOut(d.code, source.name, f.name) })) : vjp(f)));
    if (f.split) declare(f, ...splitFns(f, emits));
    if (f.exported && f.returnsNumber) declare(f, gradFn(f));
    const jvp = spec.tangents?.get(source.name);
    if (jvp && emits(`${source.name}_jvp`)) declare(f, jvpFn(f, jvp));
    const hvp = spec.hvps?.get(source.name);
    if (hvp) declare(f, hvpFn(f, hvp), hessianFn(f));
    for (const form of spec.secondForms?.get(source.name) ?? []) if (emits(secondFormName(source.name, form))) declare(f, secondFormFn(f, form));
    const outputs = source.exported ? spec.jacobians?.get(source.name) : undefined;
    if (outputs && outputs.length > 0) declare(f, jacobianFn(f, outputs, jvp));
    if (rows) declare(source, ...rowsWrappers(source, jvp && emits(`${source.name}_jvp`) ? jvp : undefined, hvp, outputs !== undefined && outputs.length > 0));
  }
  const wrappers = declared.filter(([f]) => takesRows(f)).map(([, d]) => d.code).join('\n');
  head.push(...importLines(spec, rowsImports(wrappers)));
  head.push(...tableLines(spec));
  let code = head.join('\n');
  const functions: PrintedFunction[] = [];
  // (each function after a blank line and its doc comment; the map gives its lines to f)
  for (const [f, d] of declared) {
    code += `\n\n${d.doc}\n`;
    functions.push({ start: code.length, end: code.length + d.code.length, loc: f.loc });
    code += d.code;
  }
  return { code: code + '\n', functions };
}

/**
 * The body of a function, printed and indented by two spaces. `at`: the source function,
 * where the map takes the body's statements that come from no source statement of their own.
 */
export function printBody(body: AdjointFunction['body'], at?: Loc): string {
  const nodes = block(body);
  const mapped = printed !== undefined && body.some((s) => s.loc);
  if (mapped && at && at.line > 0) for (const n of nodes) n.loc ??= sourceLoc(at);
  const out = generate(t.program(nodes), { comments: true, jsescOption: { minimal: true }, ...(mapped ? { sourceMaps: true, sourceFileName: ownSource } : {}) });
  const code = out.code.split('\n').map((l) => (l ? '  ' + l : l)).join('\n');
  // (the decoded map, which @babel/generator returns beside the encoded one)
  const map = (out as { decodedMap?: { sources: string[]; mappings: Segment[][] } }).decodedMap;
  if (mapped && map) printed!.push({ text: code, map: { sources: map.sources.map((f) => (f === ownSource ? null : f)), mappings: map.mappings } });
  return code;
}

/** One import line per module, names sorted, modules in a fixed order. */
function importLines(spec: ModuleSpec, wrappers: readonly Import[]): string[] {
  const byModule = new Map<string, Set<string>>();
  const defaults = new Map<string, string>();
  for (const [n, f] of spec.functions.entries()) {
    // (f_grad allocates its gradient arrays with the runtime's f64Zeros; the wrappers of
    // functions of arrays of rows call the runtime too, emit/rows.ts)
    const grad: Import[] = [...(f.exported && f.returnsNumber && !takesRows(f) && f.gradParams.some((p) => p.v.type === 'f64[]') ? [{ name: 'f64Zeros', from: 'runtime' } as const] : []), ...(n === 0 ? wrappers : [])];
    const second = [...spec.hvps?.get(f.name)?.imports ?? [], ...(spec.secondForms?.get(f.name) ?? []).flatMap((h) => h.imports)];
    for (const i of [...f.imports, ...spec.tangents?.get(f.name)?.imports ?? [], ...second, ...grad]) {
      // a package is imported by its name; a module of the project by its path from here; the
      // kernels the source takes from tsgrad/runtime (and their vjps) from where the runtime is
      const from = i.from === 'runtime' || (typeof i.from === 'object' && i.from.specifier === 'tsgrad/runtime' && !i.from.generated)
        ? spec.runtimeModule : i.from === 'source' ? spec.sourceSpecifier
        : !i.from.specifier.startsWith('.') || /\.d\.[cm]?ts$/.test(i.from.file)
          ? (i.from.generated ? gradSpecifier(i.from.specifier) : i.from.specifier)
        : spec.specifierOf(i.from.file, i.from.generated);
      if (i.default) {
        defaults.set(from, i.name);
        continue;
      }
      const names = byModule.get(from) ?? new Set<string>();
      names.add(i.name);
      byModule.set(from, names);
    }
  }
  const lines = [...new Set([...byModule.keys(), ...defaults.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).flatMap((from) => {
    const names = byModule.get(from) && [...byModule.get(from)!].sort();
    // (the runtime's names are imported under another name and bound once to the names the
    // code reads: run through CommonJS interop, as tsx and ts-jest run TypeScript, each read of
    // an imported name is a call of a getter, and the tape is read at every call and reserve;
    // one declaration each, which a bundler, and the build plugins' inlining, drop if unused)
    const bound = from === spec.runtimeModule && names !== undefined;
    const named = names ? `{ ${names.map((n) => (bound ? `${n} as ${n}$` : n)).join(', ')} }` : '';
    const first = defaults.get(from);
    const line = `import ${first && names ? `${first}, ${named}` : first ?? named} from '${from}';`;
    return bound ? [line, '// (bound once: run through CommonJS interop, each read of an import is a getter call)', ...names.map((n) => `const ${n} = ${n}$;`)] : [line];
  });
  return lines;
}

/** The source's constant tables the functions read, copied once (one line each, by name). */
function tableLines(spec: ModuleSpec): string[] {
  const byName = new Map<string, string>();
  for (const f of spec.functions) {
    for (const t of f.tables ?? []) {
      // (number[], not readonly: the table may be passed to a callee's number[] parameter)
      const printed = t.values.map((v) => printBody([{ k: 'expr', e: { k: 'num', value: v } }]).trim().replace(/;$/, ''));
      const values = printed.join(', ');
      const fields = t.keys?.map((k, i) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${printed[i]}`).join(', ');
      const line = t.ctor === 'Object' ? `const ${t.v.name}: Readonly<Record<string, number>> = { ${fields} };`
        : t.ctor === 'Float64Array' ? `const ${t.v.name} = new Float64Array([${values}]);` : `const ${t.v.name}: number[] = [${values}];`;
      const other = byName.get(t.v.name);
      if (other !== undefined && other !== line) throw new Error(`two different constant tables are named '${t.v.name}' in one generated module`);
      byName.set(t.v.name, line);
    }
  }
  if (byName.size === 0) return [];
  return ['', '// constant tables of the source, copied', ...[...byName.keys()].sort().map((n) => byName.get(n)!)];
}

/** `./helpers.js` → `./helpers.grad.js`; `./helpers` → `./helpers.grad`. */
export function gradSpecifier(specifier: string): string {
  const m = /^(.*?)(\.(?:m|c)?(?:j|t)sx?)?$/.exec(specifier)!;
  const ext = m[2] ? m[2].replace(/ts/, 'js') : '';
  return `${m[1]}.grad${ext}`;
}

function primalFn(f: AdjointFunction): Declaration {
  return {
    doc: `/** ${f.name}, which its module does not export: the same computation, for its callers here. */`,
    code: [`function ${f.name}(${paramList(f).join(', ')}): ${returnType(f)} {`, printBody(f.primal!, f.loc), '}'].join('\n'),
  };
}

/** `number`, `number | undefined` (or `| null`) as the source's function returns, or `void`. */
export function returnType(f: AdjointFunction): string {
  return f.primalOnly ? 'boolean' : !f.returnsNumber ? 'void' : f.absent ? `number | ${f.absent}` : 'number';
}

function paramType(p: Param): string {
  if (p.tsType !== 'other' || p.options) return p.typeText;
  // (a string parameter: its type as the source declares it, written out: `"km" | "mi"`)
  if (p.v.type === 'str') return p.typeText;
  return ['boolean', 'string', 'number'].includes(p.typeText) ? p.typeText : 'unknown';
}

/**
 * The parameters as declared. One with a default takes `undefined` for it (`k?: number`
 * where only such parameters follow it, else `k: number | undefined`: in `f_vjp`, always,
 * since `adj` follows): the function computes the default, with its derivative.
 */
export const paramList = (f: AdjointFunction, trailing: 'optional' | 'positional' = 'optional') => f.params.map((p, i) =>
  !p.defaulted ? `${p.v.name}: ${paramType(p)}`
  : trailing === 'optional' && f.params.slice(i).every((q) => q.defaulted) ? `${p.v.name}?: ${paramType(p)}`
  : `${p.v.name}: ${paramType(p)} | undefined`);

/** The type of f's adj: of its gradient's parameters, or (`rev`, split mode's f_rev and f_rev_d) of those splitAdjParams keeps. */
export function adjType(f: AdjointFunction, form?: 'rev'): string {
  const fields = (form === 'rev' ? splitAdjParams(f.gradParams) : f.gradParams).map((p) => `${p.key}: ${p.v.type === 'f64[]' ? 'Float64Array' : 'number'}`);
  return fields.length ? `{ ${fields.join('; ')} }` : 'Record<string, never>';
}

/**
 * The first lines of an exported derivative of a function that writes an array parameter:
 * called with that array also as another parameter (`f(x, x)`, which JavaScript allows), f
 * reads what it has already overwritten, and the derivatives, which assume different arrays,
 * would be wrong: they throw instead. (Inside generated code such a call is refused at
 * compile time, TSG1008.)
 */
export function aliasGuard(f: AdjointFunction, form: string): string {
  // (an array of rows is copied before any derivative reads it: its flat copy and starts are no caller's arrays)
  const arrays = f.params.filter((p) => isArrayType(p.v.type) && !p.rows && p.startsOf === undefined);
  const lines: string[] = [];
  for (const [i, a] of arrays.entries()) {
    for (const b of arrays.slice(i + 1)) {
      // (arrays of different declared types cannot be one object)
      const w = a.typeText === b.typeText ? [b, a].find((p) => f.writtenParams.includes(p)) : undefined;
      if (w) lines.push(`  if (${a.v.name} === ${b.v.name}) throw new Error(${JSON.stringify(`${form}: '${a.key}' and '${b.key}' are the same array; ${f.name} writes '${w.key}', and its derivatives assume different arrays: pass a copy`)});`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

function vjp(f: AdjointFunction): Declaration[] {
  const params = [...paramList(f, 'positional'), `adj: ${adjType(f)}`, 'seed = 1'];
  const doc = f.returnsNumber
    ? `/** ${f.name}'s value; adds seed times its gradient into adj${f.forwardInput === undefined ? '' : ` (in forward mode: the result depends on ${f.forwardInput} alone)`}. */`
    : `/** Adds into adj the adjoints of ${f.name}'s inputs, given in adj those of the arrays it writes: it writes them as ${f.name} does, except that an array it also reads is left as it found it. */`;
  const fn = (name: string, body: AdjointFunction['body']) =>
    `${f.exported ? 'export ' : ''}function ${name}(${params.join(', ')}): ${returnType(f)} {\n${f.exported && name === `${f.name}_vjp` ? aliasGuard(f, name) : ''}${printBody(body, f.loc)}\n}`;
  if (!f.contractBody) return [{ doc, code: fn(`${f.name}_vjp`, f.body) }];
  return [
    {
      doc: `/** ${f.name}'s vjp as its callers' reverse sweeps call it: adj holds the adjoints of the arrays ${f.name} writes, as ${f.name} leaves them; they become those of the arrays as it found them, and seed times the gradient is added as by ${f.name}_vjp. */`,
      code: fn(inOutVjpName(f.name), f.body),
    },
    { doc, code: fn(`${f.name}_vjp`, f.contractBody) },
  ];
}

/**
 * `f_fwd` and `f_rev`, f's vjp cut in two for the calls in split mode (reverse/split.ts);
 * private to the module, or exported for other modules' calls (`splitExported`).
 */
function splitFns(f: AdjointFunction, emits: (name: string) => boolean): Declaration[] {
  const { forward, reverse } = f.split!;
  const exported = f.splitExported ? 'export ' : '';
  const fwd = (): Declaration => ({
    doc: `/** ${f.name}'s value; records on the tape what ${splitReverseName(f.name)} needs (split mode: the calls of ${f.name} in loops and recursions). */`,
    code: `${exported}function ${splitForwardName(f.name)}(${paramList(f, 'positional').join(', ')}): ${returnType(f)} {\n${printBody(forward, f.loc)}\n}`,
  });
  const rev = (): Declaration => ({
    doc: `/** Adds seed times ${f.name}'s gradient into adj, popping what ${splitForwardName(f.name)} recorded (split mode). */`,
    code: `${exported}function ${splitReverseName(f.name)}(${[...paramList(f, 'positional'), `adj: ${adjType(f, 'rev')}`, 'seed = 1'].join(', ')}): void {\n${printBody(reverse, f.loc)}\n}`,
  });
  // (each printed only if emitted: a printed body is one of the source map's)
  return [...(emits(splitForwardName(f.name)) ? [fwd()] : []), ...(emits(splitReverseName(f.name)) ? [rev()] : [])];
}

function gradFn(f: AdjointFunction): Declaration {
  const zeros = f.gradParams.map((p) => `${p.key}: ${p.v.type === 'f64[]' ? `f64Zeros(${paramLengthText(p)})` : '0'}`);
  const args = [...f.params.map((p) => p.v.name), 'grad'].join(', ');
  return declaration([
    `/** ${f.name}'s value and gradient. */`,
    `export function ${f.name}_grad(${paramList(f).join(', ')}): { value: ${returnType(f)}; grad: ${adjType(f)} } {`,
    `  const grad: ${adjType(f)} = ${zeros.length ? `{ ${zeros.join(', ')} }` : '{}'};`,
    `  const value = ${f.name}_vjp(${args});`,
    '  return { value, grad };',
    '}',
  ]);
}

/**
 * `{ x?: number; w?: Float64Array }`: the tangent of each parameter that has a key in `grad`,
 * optional (zero). A `number[]` parameter's tangent may be a `number[]` too (a recursive call
 * passes an array built by `push`, whose tangent grows beside it), and so may that of a parameter
 * whose type admits a plain array.
 */
export function tangentType(f: AdjointFunction): string {
  // (and a parameter whose type admits a plain array, `Float64Array | number[]`, `ArrayLike<number>`:
  // a caller's `g([x, y])` passes the literal's tangent, a number[])
  const admitsList = (p: Param): boolean => p.tsType === 'number[]' || /number\[\]|Array<number>|ArrayLike</.test(p.typeText);
  const arrayType = (p: Param): string => admitsList(p) ? 'Float64Array | number[]' : 'Float64Array';
  const fields = f.gradParams.map((p) => `${p.key}?: ${p.v.type === 'f64[]' ? arrayType(p) : 'number'}`);
  return fields.length ? `{ ${fields.join('; ')} }` : 'Record<string, never>';
}

/**
 * `f_jvp(...params, tangent)`: f's value and its derivative along `tangent`, in one forward
 * sweep. The arrays f writes are outputs: their tangents are written into tangent's arrays for
 * them (which hold the tangents of their contents before the call, zero where missing).
 */
function jvpFn(f: AdjointFunction, j: TangentFunction): Declaration {
  const params = [...paramList(f, 'positional'), `${j.tangentParam}: ${tangentType(f)}`];
  const written = j.written.length > 0 ? ` Writes the tangents of what it writes into ${j.written.map((w) => `${j.tangentParam}.${w}`).join(', ')} (when given).` : '';
  const doc = f.returnsNumber
    ? `/** ${f.name}'s value and its derivative along ${j.tangentParam} (forward mode); a missing key of ${j.tangentParam} is zero.${written} */`
    : `/** Forward mode of ${f.name}: a missing key of ${j.tangentParam} is zero.${written} */`;
  const result = f.returnsNumber ? `{ value: ${returnType(f)}; tangent: number }` : 'void';
  return { doc, code: [`${f.exported ? 'export ' : ''}function ${f.name}_jvp(${params.join(', ')}): ${result} {`, ...(f.exported ? [aliasGuard(f, `${f.name}_jvp`).trimEnd()].filter((l) => l) : []), printBody(j.body), '}'].join('\n') };
}

/**
 * `f_hvp(...params, v)`: f's value, its gradient and the Hessian times v, by forward-over-reverse
 * (the tangent of f_vjp's code along v: second/index.ts).
 */
function hvpFn(f: AdjointFunction, h: HvpFunction): Declaration {
  const params = [...paramList(f, 'positional'), `${h.directionParam}: ${tangentType(f)}`];
  const result = `{ value: ${returnType(f)}; grad: ${adjType(f)}; hvp: ${adjType(f)} }`;
  return declaration([
    `/** ${f.name}'s value, gradient, and Hessian times ${h.directionParam} (forward over ${f.forwardInput === undefined ? 'reverse' : 'forward'}); a missing key of ${h.directionParam} is zero. */`,
    `${f.exported ? 'export ' : ''}function ${f.name}_hvp(${params.join(', ')}): ${result} {`, ...[aliasGuard(f, `${f.name}_hvp`).trimEnd()].filter((l) => l), printBody(h.body), '}',
  ]);
}

/**
 * A second-order form that callers' f_hvp code calls (second/index.ts): `f_vjp_d` (and
 * `f_vjpInOut_d`, split mode's `f_rev_d`) takes f_vjp's arguments with the inputs' tangents, the
 * tangents of adj and seed, and adds into adj_d the tangents of what it adds into adj;
 * `f_fwd_d` returns f's value and its tangent, and pushes the tangent tape beside the tape.
 */
function secondFormFn(f: AdjointFunction, h: HvpFunction): Declaration {
  const of = h.form === 'vjp' ? `${f.name}_vjp` : h.form === 'vjpInOut' ? inOutVjpName(f.name) : h.form === 'fwd' ? splitForwardName(f.name) : splitReverseName(f.name);
  const tangent = `${h.directionParam}: ${tangentType(f)}`;
  const params = h.form === 'fwd' ? [...paramList(f, 'positional'), tangent]
    : [...paramList(f, 'positional'), tangent, `adj: ${adjType(f, h.form === 'rev' ? 'rev' : undefined)}`, `${h.adjTangent}: ${adjType(f, h.form === 'rev' ? 'rev' : undefined)}`, 'seed = 1', `${h.seedTangent} = 0`];
  const result = h.form === 'fwd' ? (f.returnsNumber ? `{ value: ${returnType(f)}; tangent: number }` : 'void') : h.form === 'rev' ? 'void' : returnType(f);
  const doc = h.form === 'fwd'
    ? `/** ${of} along ${h.directionParam} (second order): ${f.returnsNumber ? `${f.name}'s value and its tangent` : `the tangents of what ${f.name} writes`}; the tangent tape gets the tangents of what ${of} records. */`
    : `/** ${of} along ${h.directionParam} and the tangents of adj and seed (second order): does what ${of} does, and adds into ${h.adjTangent} the tangents of what it adds into adj. */`;
  const exported = (f.exported && (h.form === 'vjp' || h.form === 'vjpInOut')) || (f.splitExported && (h.form === 'fwd' || h.form === 'rev'));
  return { doc, code: [`${exported ? 'export ' : ''}function ${of}_d(${params.join(', ')}): ${result} {`, printBody(h.body), '}'].join('\n') };
}

/**
 * `f_hessian(...params)`: the dense Hessian, n×n row-major over the n scalar inputs (number
 * parameters and array parameters' elements, in parameter order), from n hvps (runtime's denseHessian).
 */
function hessianFn(f: AdjointFunction): Declaration {
  const layout = f.gradParams.map((p) => `[${JSON.stringify(p.key).replace(/"/g, "'")}, ${p.v.type === 'f64[]' ? paramLengthText(p) : '-1'}]`);
  const order = f.gradParams.map((p) => (p.v.type === 'f64[]' ? `${p.v.name}'s elements` : p.v.name)).join(', then ') || 'none';
  const v = f.params.some((p) => p.v.name === 'v') ? 'dir' : 'v';
  const args = [...f.params.map((p) => p.v.name), v].join(', ');
  return declaration([
    `/** ${f.name}'s value, gradient and dense Hessian (row-major n×n over ${order}), from n Hessian-vector products. */`,
    `${f.exported ? 'export ' : ''}function ${f.name}_hessian(${paramList(f).join(', ')}): { value: ${returnType(f)}; grad: ${adjType(f)}; hessian: Float64Array } {`,
    `  return denseHessian([${layout.join(', ')}], (${v}: ${tangentType(f)}) => ${f.name}_hvp(${args}));`,
    '}',
  ]);
}

/** Names not among `taken` (nor given before): `base`, else `base_1`, `base_2`… */
export function freshNames(taken: Iterable<string>): (base: string) => string {
  const used = new Set(taken);
  return (base) => {
    let n = base;
    for (let i = 1; used.has(n); i++) n = `${base}_${i}`;
    used.add(n);
    return n;
  };
}

/**
 * `f_jacobian(...params, mode)`: the Jacobian of f's outputs (its value, if it returns one,
 * then the arrays it writes, in parameter order, element by element) with respect to its
 * inputs (the keys of `grad` in parameter order, arrays element by element, a written array
 * as f finds it), as a row-major `rows × columns` Float64Array. By columns, one `f_jvp` along
 * each input direction, when there are no more inputs than outputs; else by rows, one reverse
 * sweep (`f_vjpInOut`, or a void f's `f_vjp`) seeded with 1 at each output. Each sweep starts
 * from the arrays as f found them, and they are left so.
 */
type Fifteen = [string, string, string, string, string, string, string, string, string, string, string, string, string, string, string];

function jacobianFn(f: AdjointFunction, outputs: readonly string[], j: TangentFunction | undefined): Declaration {
  const fresh = freshNames(f.params.map((p) => p.v.name));
  const [mode, rows, columns, jacobian, value, start, adj, tangent, at, c, r, i, seed, row, column] =
    ['mode', 'rows', 'columns', 'jacobian', 'value', 'start', 'adj', 'tangent', 'at', 'c', 'r', 'i', 'seed', 'row', 'column'].map(fresh) as Fifteen;
  const inputs = f.gradParams;
  const written = outputs.map((k) => f.params.find((p) => p.key === k)!);
  const isArray = (p: Param) => p.v.type === 'f64[]';
  const args = f.params.map((p) => p.v.name);
  const size = (ps: readonly Param[], extra: string[] = []) => {
    const arrays = ps.filter(isArray).map((p) => (mayBeAbsentArray(p) ? `(${paramLengthText(p)})` : paramLengthText(p)));
    const numbers = ps.length - arrays.length + extra.length;
    return [...(numbers > 0 || arrays.length === 0 ? [String(numbers)] : []), ...arrays].join(' + ');
  };
  const copyOf = new Map(written.map((p) => [p.key, fresh(`${p.v.name}_in`)]));
  // (f's arrays as it found them again: a loop, which any array type that f writes takes)
  const restore = written.map((p) => `for (let ${i} = 0; ${i} < ${p.v.name}.length; ${i}++) ${p.v.name}[${i}] = ${copyOf.get(p.key)}[${i}]!;`);
  const zeros = (p: Param) => `${p.key}: ${isArray(p) ? `new Float64Array(${paramLengthText(p)})` : '0'}`;
  const modes = j ? `'auto' | 'forward' | 'reverse'` : `'auto' | 'reverse'`;
  const params = [...paramList(f, 'positional'), `${mode}: ${modes} = 'auto'`];
  const result = f.returnsNumber ? `{ value: ${returnType(f)}; jacobian: Float64Array; rows: number; columns: number }` : '{ jacobian: Float64Array; rows: number; columns: number }';
  const names = (ps: readonly Param[]) => ps.map((p) => (isArray(p) ? `${p.key}[0..]` : p.key)).join(', ');
  const rowNames = [...(f.returnsNumber ? ['the value'] : []), ...written.map((p) => `${p.key}[0..]`)].join(', ');
  const doc = [
    `/**`,
    ` * ${f.name}'s Jacobian, row-major: rows ${rowNames} (what it ${f.returnsNumber ? 'returns and ' : ''}writes); columns ${names(inputs)} (the keys of grad, a written array as ${f.name} finds it).`,
    ` * By columns (one ${f.name}_jvp per input) when there are no more inputs than outputs, else by rows (one reverse sweep per output); ${j ? `mode forces one` : `${f.name} has no jvp: always by rows`}. Leaves the arrays as it found them.`,
    ` */`,
  ].join('\n');
  const lines: string[] = [
    `${f.exported ? 'export ' : ''}function ${f.name}_jacobian(${params.join(', ')}): ${result} {`,
    `  const ${rows} = ${size(written, f.returnsNumber ? ['value'] : [])};`,
    `  const ${columns} = ${size(inputs)};`,
    `  const ${jacobian} = new Float64Array(${rows} * ${columns});`,
    ...(f.returnsNumber ? [`  let ${value}: ${returnType(f)} = NaN;`] : []),
    `  // the arrays ${f.name} writes, as it finds them: each sweep starts from them`,
    ...written.map((p) => `  const ${copyOf.get(p.key)} = Float64Array.from(${p.v.name});`),
  ];
  const reverse = [
    `// by rows: a reverse sweep seeded with 1 at one output (the value, or an element of ${outputs.join(', ')} in adj) gives that output's derivatives`,
    `const ${adj} = { ${inputs.map(zeros).join(', ')} };`,
    `const ${row} = (${r}: number, ${seed}: number): void => {`,
    `  ${f.returnsNumber ? `${value} = ${inOutVjpName(f.name)}` : `${f.name}_vjp`}(${[...args, adj, seed].join(', ')});`,
    ...restore.map((l) => `  ${l}`),
    `  let ${at} = ${r} * ${columns};`,
    ...inputs.flatMap((p) => isArray(p)
      ? [`  ${jacobian}.set(${adj}.${p.key}, ${at});`, `  ${at} += ${paramLengthText(p)};`, `  ${adj}.${p.key}.fill(0);`]
      : [`  ${jacobian}[${at}++] = ${adj}.${p.key};`, `  ${adj}.${p.key} = 0;`]),
    `};`,
    `let ${start} = 0;`,
    ...(f.returnsNumber ? [`${row}(${start}++, 1);`] : []),
    ...written.map((p) => `for (let ${i} = 0; ${i} < ${p.v.name}.length; ${i}++) {\n  ${adj}.${p.key}[${i}] = 1;\n  ${row}(${start}++, 0);\n}`),
  ];
  // (the first row of written array k: after the value's and the arrays' before it)
  const firstRow = (k: number) => [...(f.returnsNumber ? ['1'] : []), ...written.slice(0, k).map((q) => `${q.v.name}.length`)].join(' + ');
  const rowOf = (k: number) => (firstRow(k) === '' ? i : `(${firstRow(k)} + ${i})`);
  const forward = j && [
    `// by columns: ${f.name}_jvp along a unit direction gives the derivatives of every output along that input`,
    `const ${tangent} = { ${inputs.map(zeros).join(', ')} };`,
    `const ${column} = (${c}: number): void => {`,
    `  ${f.returnsNumber ? `const ${r} = ` : ''}${f.name}_jvp(${[...args, tangent].join(', ')});`,
    ...(f.returnsNumber ? [`  ${value} = ${r}.value;`, `  ${jacobian}[${c}] = ${r}.tangent;`] : []),
    ...written.map((p, k) => `  for (let ${i} = 0; ${i} < ${p.v.name}.length; ${i}++) ${jacobian}[${rowOf(k)} * ${columns} + ${c}] = ${tangent}.${p.key}[${i}]!;`),
    ...restore.map((l) => `  ${l}`),
    // (a written array's tangent holds its output tangents now: the next direction starts from zeros)
    ...written.map((p) => `  ${tangent}.${p.key}.fill(0);`),
    `};`,
    `let ${start} = 0;`,
    ...inputs.map((p) => isArray(p)
      // (a written array's tangent is zeroed by the sweep itself)
      ? `for (let ${i} = 0; ${i} < ${mayBeAbsentArray(p) ? `${tangent}.${p.key}.length` : `${p.v.name}.length`}; ${i}++) {\n  ${tangent}.${p.key}[${i}] = 1;\n  ${column}(${start}++);${outputs.includes(p.key) ? '' : `\n  ${tangent}.${p.key}[${i}] = 0;`}\n}`
      : `${tangent}.${p.key} = 1;\n${column}(${start}++);\n${tangent}.${p.key} = 0;`),
    // (no number among the inputs and every array empty: the value still comes from one sweep)
    ...(f.returnsNumber && inputs.every(isArray) ? [`if (${columns} === 0) ${value} = ${f.name}_jvp(${[...args, tangent].join(', ')}).value;`] : []),
  ];
  const block = (ls: string[]) => ls.join('\n').split('\n').map((l) => `    ${l}`);
  if (forward) {
    lines.push(`  if (${mode} === 'forward' || (${mode} === 'auto' && ${columns} <= ${rows})) {`, ...block(forward), '  } else {', ...block(reverse), '  }');
  } else {
    lines.push(...block(reverse).map((l) => l.slice(2)));
  }
  const field = (key: string, local: string) => (key === local ? key : `${key}: ${local}`);
  const fields = [...(f.returnsNumber ? [field('value', value)] : []), field('jacobian', jacobian), field('rows', rows), field('columns', columns)];
  lines.push(`  return { ${fields.join(', ')} };`, '}');
  return { doc, code: lines.join('\n') };
}

/** A vjp's code with the calls of `name`'s vjpInOut, which its contract body makes by that name, calling the one emitted as `flat`'s (emit/rows.ts). */
function renamedInOut(code: string, name: string, flat: string): string {
  return code.split(`${inOutVjpName(name)}(`).join(`${inOutVjpName(flat)}(`);
}

/** A function's lines: its one-line doc comment, then its declaration. */
function declaration([doc, ...code]: [string, ...string[]]): Declaration {
  return { doc, code: code.join('\n') };
}

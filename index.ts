/**
 * tsgrad's build-time API. `grad(f)` is replaced by the generated gradient of `f` when a
 * tsgrad build plugin runs; without one it throws, explaining how to set one up.
 */

/** The gradient of each differentiated parameter: a number, or a Float64Array for an array. */
export type Gradient = Record<string, number | Float64Array>;

/** What `grad(f)(...args)` returns: `V` is `f`'s result type (`number`, or `number | undefined`). */
export interface ValueAndGrad<G = Gradient, V = number> {
  value: V;
  grad: G;
}

/**
 * A function tsgrad can differentiate: it returns a number, or a number where it returns at
 * all (`number | undefined`, or `number | null`: where the value is not a number, the gradient
 * is 0). `number | null | undefined` is neither.
 */
export type NumericFunction = ((...args: never[]) => number | undefined) | ((...args: never[]) => number | null);

/**
 * The adjoint of a parameter of type `P`: a number for a number, a new Float64Array for an
 * array of floats (Float64Array, Float32Array, number[], readonly variants, ArrayLike<number>),
 * rows for an array of rows (`number[][]` where the rows are `number[]`, readonly or not, else
 * `Float64Array[]`), nothing for other types, for numeric enums and for integer typed arrays
 * (inactive data).
 */
export type AdjointOf<P> = P extends number ? (EnumMember<P> extends true ? never : number) : P extends IntegerArray ? never : P extends ArrayLike<number> ? Float64Array
  : P extends ArrayLike<readonly number[]> ? number[][] : P extends ArrayLike<ArrayLike<number>> ? Float64Array[] : never;

/**
 * A member of a numeric enum (`Mode.Linear`; `Mode` is the union of its members, which
 * AdjointOf takes one by one): a number literal type that is not the literal type of its own
 * value (`${Mode.Linear}` is "0", and `0` is another type). Assignability cannot tell: `number`
 * is assignable to a numeric enum. `number`, number literals and branded numbers are not members.
 */
type EnumMember<P extends number> = `${P}` extends `${infer N extends number}`
  ? number extends N ? false : Identical<P, N> extends true ? false : true
  : false;

/** Typed arrays of integers: read as data, never differentiated. */
type IntegerArray = Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array;

/**
 * `f`'s parameter names in order, from the declarations tsgrad's build writes beside the
 * module of `f` (`model.tsgrad.d.ts`, see the README); `undefined` when there are none, when
 * they are stale (not as many names as parameters), or when they do not tell `f` apart.
 * TypeScript's function types do not carry parameter names: those declarations give them
 * to an exported function declaration as a namespace merged into it (`__tsgrad_params`), and
 * to any other exported function (a `const` arrow function, a renamed export) as an entry of
 * `ParamNamesRegistry`, found by `f`'s type.
 */
export type ParamNames<F> = F extends { readonly __tsgrad_params: infer N extends readonly string[] } ? Fitting<F, N> : Fitting<F, Registered<F>>;

/** `N` when it names each of `F`'s parameters, else undefined (stale names). */
type Fitting<F, N> = N extends readonly string[]
  ? F extends (...args: infer P) => unknown ? N['length'] extends Required<P>['length'] ? N : undefined : undefined
  : undefined;

/**
 * The parameter names of exported functions that are not function declarations, which the
 * build declares in `model.tsgrad.d.ts` (a namespace cannot merge with a `const`): one
 * property per module, keyed by a symbol of that file, whose value has, for each such
 * function, its type and its names:
 *
 *   declare const names: unique symbol;
 *   declare module 'tsgrad' {
 *     interface ParamNamesRegistry {
 *       [names]: { loss: [typeof import('./model.js').loss, readonly ['w', 'b']] };
 *     }
 *   }
 *
 * `grad(f)` takes the names of the one entry whose type is exactly `f`'s; where two
 * registered functions have the same type, neither has names (a function type says nothing
 * else of the function).
 */
export interface ParamNamesRegistry {}

/** Every entry `[type, names]` of the registry. */
type RegistryEntry = { [M in keyof ParamNamesRegistry]: ParamNamesRegistry[M][keyof ParamNamesRegistry[M]] }[keyof ParamNamesRegistry];

/** Identical types (not merely assignable to each other: an optional parameter, `any`, tell them apart). */
type Identical<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

/** The entries whose type is `F`'s. */
type EntriesOf<F, E = RegistryEntry> = E extends readonly [infer G, readonly string[]] ? Identical<G, F> extends true ? E : never : never;

/** The names of the one entry for `F`; undefined for none, or for several with different names. */
type Registered<F> = [EntriesOf<F>] extends [never] ? undefined
  : [EntriesOf<F>] extends [readonly [unknown, infer N]] ? true extends IsUnion<N> ? undefined : N : undefined;

type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/**
 * `f`'s parameters as an object, named as in `f` and typed as `f` takes them:
 * `Params<typeof loss>` is `{ w: Float64Array; b: number; x: Float64Array; y: number }`.
 * `Record<string, …>` of the union of their types when the names are not known.
 */
export type Params<F extends (...args: never[]) => unknown> = ParamNames<F> extends infer N extends readonly string[]
  ? { [I in keyof N & `${number}` as N[I] & string]: Parameters<F>[I & keyof Parameters<F>] }
  : Record<string, Parameters<F>[number]>;

/**
 * The gradient of `f`: one key per parameter of type number or array of numbers, named as
 * the parameter, with its adjoint (`AdjointOf`). Keys for the derivative forms that share
 * `grad`'s (tangents, `adj`, Hessian-vector products). `Record<string, GradValue<F>>` when
 * the parameter names are not known.
 */
export type GradientOf<F extends (...args: never[]) => unknown> = ParamNames<F> extends readonly string[]
  ? { [K in keyof Params<F> as [AdjointOf<Params<F>[K]>] extends [never] ? never : K]: AdjointOf<Params<F>[K]> }
  : Record<string, GradValue<F>>;

/** The keys `grad(f, keys)` takes: `f`'s differentiated parameters, any string when not known. */
export type GradKey<F extends (...args: never[]) => unknown> = ParamNames<F> extends readonly string[] ? keyof GradientOf<F> & string : string;

/** The gradient of `f` restricted to the keys `K`, as `grad(f, keys)` returns it. */
export type GradientOnly<F extends (...args: never[]) => unknown, K extends string> = { [P in K]: P extends keyof GradientOf<F> ? GradientOf<F>[P] : never };

/**
 * The type of the values of `f`'s gradient: the adjoints of its parameters' types, a union
 * when it has both numbers and arrays.
 */
export type GradValue<F extends (...args: never[]) => unknown> = AdjointOf<Parameters<F>[number]>;

/** What `grad(f)` returns: `f`'s parameters in, `{ value, grad }` out. */
export type GradFunction<F extends NumericFunction, G = GradientOf<F>> = (...args: Parameters<F>) => ValueAndGrad<G, ReturnType<F>>;

const setup = (form: string) => [
  `tsgrad: ${form}() was called at run time: no tsgrad plugin replaced it at build time.`,
  'Add the plugin for your build tool, e.g. for Vite:',
  "  import tsgrad from 'tsgrad/vite';  export default { plugins: [tsgrad()] };",
  "(likewise 'tsgrad/rollup', 'tsgrad/esbuild', 'tsgrad/webpack'; for Jest, transform: { '\\\\.[jt]s$': 'tsgrad/jest' };",
  "for tsc with ts-patch, plugins: [{ transform: 'tsgrad/tsc' }]; for Node without a bundler, node --import tsgrad/register app.ts),",
  `or generate the derivatives ahead of time with \`npx tsgrad compile <file>\` and import f_${form} from the .grad.ts file.`,
].join('\n');

/**
 * The gradient of `f`, an exported function (a declaration or a `const` arrow function, in
 * this module or an imported one) that returns a number: a function with `f`'s parameters
 * that returns `{ value, grad }`, where `grad` has one key per parameter of type number or
 * array of numbers, named as the parameter. The result is typed exactly (`GradientOf<F>`)
 * once the build has written the parameter names beside `f`'s module (`model.tsgrad.d.ts`).
 *
 * With `keys`, only those parameters' gradients are returned, and the result's type has
 * exactly those keys: `grad(loss, ['w', 'b'])`. Each must be a parameter of `f`: tsc checks
 * them where the names are declared, the plugin at build time in any case.
 */
export function grad<F extends NumericFunction>(f: F): GradFunction<F>;
export function grad<F extends NumericFunction, const K extends GradKey<F>>(f: F, keys: readonly K[]): GradFunction<F, GradientOnly<F, K>>;
export function grad(f: NumericFunction, keys?: readonly string[]): never {
  void f;
  void keys;
  throw new Error(setup('grad'));
}

/**
 * A function whose derivatives tsgrad's other forms take: it returns a number (as for `grad`),
 * or nothing, writing its outputs into array parameters.
 */
export type DifferentiableFunction = NumericFunction | ((...args: never[]) => void);

/**
 * The direction of `jvp(f)` and `hvp(f)`, with the keys of `f`'s gradient: `jvp` takes each
 * key as optional (a missing key is zero); a key that is not one of them fails in tsc.
 */
export type TangentOf<F extends (...args: never[]) => unknown> = Partial<GradientOf<F>>;

/** What `jvp(f)(...args, tangent)` returns: `{ value, tangent }` for a function that returns a number, nothing for a `void` one. */
export type JvpResult<F extends (...args: never[]) => unknown> = ReturnType<F> extends void ? void : { value: ReturnType<F>; tangent: number };

/** What `jvp(f)` returns: `f`'s parameters, then the direction. */
export type JvpFunction<F extends DifferentiableFunction> = (...args: [...Parameters<F>, tangent: TangentOf<F>]) => JvpResult<F>;

/** What `hvp(f)(...args, v)` returns: the value, the gradient, and the Hessian times `v`, keyed as the gradient. */
export interface HvpResult<G = Gradient, V = number> {
  value: V;
  grad: G;
  hvp: G;
}

/** What `hvp(f)` returns: `f`'s parameters, then `v` with the gradient's keys, each optional (a missing key is zero). */
export type HvpFunction<F extends NumericFunction> = (...args: [...Parameters<F>, v: TangentOf<F>]) => HvpResult<GradientOf<F>, ReturnType<F>>;

/** `jacobian(f)`'s strategy: by shape (`auto`), by columns (`forward`, one jvp per input) or by rows (`reverse`, one vjp per output). */
export type JacobianMode = 'auto' | 'forward' | 'reverse';

/**
 * What `jacobian(f)(...args)` returns: the Jacobian as a row-major `rows × columns`
 * Float64Array (rows: the value, if `f` returns one, then each array `f` writes, element by
 * element, in parameter order; columns: the keys of the gradient in parameter order, arrays
 * element by element), and `f`'s value when it returns one.
 */
export type JacobianResult<F extends (...args: never[]) => unknown> = (ReturnType<F> extends void ? unknown : { value: ReturnType<F> }) & {
  jacobian: Float64Array;
  rows: number;
  columns: number;
};

/** What `jacobian(f)` returns: `f`'s parameters, then optionally the strategy. */
export type JacobianFunction<F extends DifferentiableFunction> = (...args: [...Parameters<F>, mode?: JacobianMode]) => JacobianResult<F>;

/**
 * The directional derivative of `f` (forward mode): `jvp(f)(...args, tangent)` returns
 * `{ value, tangent }`, `f`'s value and its derivative along `tangent`, which has the keys of
 * `grad(f)`'s gradient, each optional (zero). For a function that writes array parameters,
 * the tangents of what it writes go into `tangent`'s arrays for them, as `f_jvp` does (see the
 * README). Replaced at build time by the generated `f_jvp`, as `grad(f)` is by `f_grad`.
 */
export function jvp<F extends DifferentiableFunction>(f: F): JvpFunction<F>;
export function jvp(f: DifferentiableFunction): never {
  void f;
  throw new Error(setup('jvp'));
}

/**
 * The Hessian of `f` times a vector: `hvp(f)(...args, v)` returns `{ value, grad, hvp }`, `v`
 * and `hvp` keyed as the gradient. Replaced at build time by the generated `f_hvp`.
 */
export function hvp<F extends NumericFunction>(f: F): HvpFunction<F>;
export function hvp(f: NumericFunction): never {
  void f;
  throw new Error(setup('hvp'));
}

/**
 * The Jacobian of a function that writes array parameters (its outputs: its value, if it
 * returns one, and what it writes): `jacobian(f)(...args, mode?)` returns `{ value, jacobian,
 * rows, columns }` (see `JacobianResult`), computed by columns or by rows, whichever takes
 * fewer sweeps, unless `mode` says. Replaced at build time by the generated `f_jacobian`; a
 * function that writes no array is a build error (its Jacobian is its gradient: `grad(f)`).
 */
export function jacobian<F extends DifferentiableFunction>(f: F): JacobianFunction<F>;
export function jacobian(f: DifferentiableFunction): never {
  void f;
  throw new Error(setup('jacobian'));
}

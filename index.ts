/**
 * tsgrad's build-time API. `grad(f)` is replaced by the generated gradient of `f` when a
 * tsgrad build plugin runs; without one it throws, explaining how to set one up.
 */

/** The gradient of each differentiated parameter: a number, or a Float64Array for an array. */
export type Gradient = Record<string, number | Float64Array>;

/** What `grad(f)(...args)` returns. */
export interface ValueAndGrad<G = Gradient> {
  value: number;
  grad: G;
}

/** A function tsgrad can differentiate: it returns a number. */
export type NumericFunction = (...args: never[]) => number;

/**
 * The adjoint of a parameter of type `P`: a number for a number, a new Float64Array for an
 * array of floats (Float64Array, Float32Array, number[], readonly variants, ArrayLike<number>),
 * nothing for other types and for integer typed arrays (inactive data).
 */
export type AdjointOf<P> = P extends number ? number : P extends IntegerArray ? never : P extends ArrayLike<number> ? Float64Array : never;

/** Typed arrays of integers: read as data, never differentiated. */
type IntegerArray = Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array;

/**
 * The type of the values of `f`'s gradient: the adjoints of its parameters' types, a union
 * when it has both numbers and arrays. TypeScript's types do not carry parameter names, so
 * the keys are `string` unless they are given (`grad(f, ['w', 'b'])`).
 */
export type GradValue<F extends NumericFunction> = AdjointOf<Parameters<F>[number]>;

/** What `grad(f)` returns: `f`'s parameters in, `{ value, grad }` out. */
export type GradFunction<F extends NumericFunction, G = Record<string, GradValue<F>>> = (...args: Parameters<F>) => ValueAndGrad<G>;

const setup = [
  'tsgrad: grad() was called at run time: no tsgrad plugin replaced it at build time.',
  'Add the plugin for your build tool, e.g. for Vite:',
  "  import tsgrad from 'tsgrad/vite';  export default { plugins: [tsgrad()] };",
  "(likewise 'tsgrad/rollup', 'tsgrad/esbuild', 'tsgrad/webpack'; for Jest, transform: { '\\\\.[jt]s$': 'tsgrad/jest' };",
  "for tsc with ts-patch, plugins: [{ transform: 'tsgrad/tsc' }]; for Node without a bundler, node --import tsgrad/register app.ts),",
  'or generate the gradient ahead of time with `npx tsgrad compile <file>` and import f_grad from the .grad.ts file.',
].join('\n');

/**
 * The gradient of `f`, an exported function (a declaration or a `const` arrow function, in
 * this module or an imported one) that returns a number: a function with `f`'s parameters
 * that returns `{ value, grad }`, where `grad` has one key per parameter of type number or
 * array of numbers, named as the parameter.
 *
 * With `keys`, only those parameters' gradients are returned, and the result's type has
 * exactly those keys: `grad(loss, ['w', 'b'])`. Each must be a parameter of `f`; the plugin
 * checks them at build time.
 */
export function grad<F extends NumericFunction>(f: F): GradFunction<F>;
export function grad<F extends NumericFunction, const K extends string>(f: F, keys: readonly K[]): GradFunction<F, { [Key in K]: GradValue<F> }>;
export function grad(f: NumericFunction, keys?: readonly string[]): never {
  void f;
  void keys;
  throw new Error(setup);
}

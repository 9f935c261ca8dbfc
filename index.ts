/**
 * tsgrad's build-time API. `grad(f)` is replaced by the generated gradient of `f` when a
 * tsgrad bundler plugin runs; without one it throws, explaining how to set one up.
 */

/** The gradient of each differentiated parameter: a number, or a Float64Array for an array. */
export type Gradient = Record<string, number | Float64Array>;

/** What `grad(f)(...args)` returns. */
export interface ValueAndGrad<G extends Gradient = Gradient> {
  value: number;
  grad: G;
}

type NumericFunction = (...args: never[]) => number;

const setup = [
  'tsgrad: grad() was called at run time, so no tsgrad plugin replaced it at build time.',
  'Either add the plugin to your build, e.g. for Vite:',
  "  import tsgrad from 'tsgrad/vite';  export default { plugins: [tsgrad()] };",
  "(also 'tsgrad/rollup', 'tsgrad/esbuild', 'tsgrad/webpack', 'tsgrad/jest'),",
  'or generate the gradient ahead of time with `npx tsgrad compile <file>` and import f_grad from the .grad.ts file.',
].join('\n');

/**
 * The gradient of `f`: a function with `f`'s parameters returning `{ value, grad }`.
 * `only` restricts the gradient to the named parameters.
 */
export function grad<F extends NumericFunction>(f: F, only?: readonly string[]): (...args: Parameters<F>) => ValueAndGrad {
  void f;
  void only;
  throw new Error(setup);
}

/** `grad` without a plugin, and its types (checked by `tsc -p tsconfig.json`, which covers test/). */
import { grad, type GradValue, type ValueAndGrad } from 'tsgrad';

test('without a plugin, grad throws an error that says how to set one up', () => {
  const f = (x: number): number => x * x;
  expect(() => grad(f)).toThrow(/no tsgrad plugin replaced it at build time/);
  expect(() => grad(f, ['x'])).toThrow(/'tsgrad\/vite'.*\n.*'tsgrad\/rollup', 'tsgrad\/esbuild', 'tsgrad\/webpack'; for Jest, transform: \{ '\\\\\.\[jt\]s\$': 'tsgrad\/jest' \}/);
  expect(() => grad(f)).toThrow(/npx tsgrad compile <file>/);
});

declare function loss(w: Float64Array, b: number, label: boolean): number;
declare function scalar(x: number, y: number): number;
declare function arrays(w: Float64Array, v: readonly number[]): number;

/** Never called: these are type assertions, which tsc checks. */
export function typeAssertions(): void {
  const dloss = grad(loss);
  // The parameters are f's.
  dloss(new Float64Array(2), 0.5, true);
  // @ts-expect-error: b is a number
  dloss(new Float64Array(2), 'b', true);
  // Keys are not known without names; the values are the adjoints of f's parameter types.
  const r: ValueAndGrad<Record<string, number | Float64Array>> = dloss(new Float64Array(2), 0.5, true);
  const value: number = r.value;
  void value;

  // Only numbers: every adjoint is a number; only arrays: every adjoint is a Float64Array.
  const s: number = grad(scalar)(1, 2).grad.x!;
  const a: Float64Array = grad(arrays)(new Float64Array(1), [1]).grad.w!;
  void s;
  void a;

  // Keys narrow the gradient to exactly those keys, without `as const`.
  const only = grad(loss, ['w', 'b'])(new Float64Array(2), 0.5, false).grad;
  const keys: { w: number | Float64Array; b: number | Float64Array } = only;
  void keys;
  // @ts-expect-error: label was not asked for
  void only.label;
  const x: number = grad(scalar, ['x'] as const)(1, 2).grad.x;
  void x;

  // @ts-expect-error: grad differentiates functions that return a number
  grad((s: string) => s);
  type Check = GradValue<typeof loss>;
  const check: Check = 1;
  void check;
}

/** The primitive operations of the trace. The rules table has exactly one row for each. */
export const prims = [
  // arithmetic
  'copy', 'neg', 'add', 'sub', 'mul', 'div', 'mod', 'pow',
  // Math, differentiable
  'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2',
  'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
  'exp', 'expm1', 'log', 'log1p', 'log2', 'log10', 'sqrt', 'cbrt',
  'hypot', 'min', 'max', 'abs', 'fround',
  // Math, piecewise constant
  'sign', 'floor', 'ceil', 'round', 'trunc',
  // bitwise and shift operators: 32-bit integers, piecewise constant
  'bitand', 'bitor', 'bitxor', 'shl', 'shr', 'ushr', 'bitnot',
  // tests of a number (booleans): truthiness, typeof, Number.is*
  'truthy', 'isnumber', 'isnan', 'isfinite', 'isinteger', 'issafeinteger',
  // comparisons and logic (booleans)
  'lt', 'le', 'gt', 'ge', 'eq', 'ne', 'not', 'and', 'or',
  // arrays
  'load', 'length',
  // a number's bit representation (packages' getHighWord, setLowWord, ldexp…: see runtime/bits.ts)
  'highWord', 'lowWord', 'withHighWord', 'withLowWord', 'fromWords', 'ldexp', 'copysign',
] as const;

export type Prim = (typeof prims)[number];

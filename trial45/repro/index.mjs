// The repros run.mjs reruns: how (compile with the CLI, or run under tsgrad/register) and what the output shows
// while the finding stands.
export const repros = [
  { file: 'store_index_increment.ts', how: 'run', still: /REPRODUCES/ },
  { file: 'conditional_destructure.ts', how: 'compile', still: /:10:9 - error TSG1007: array destructuring is supported from an array literal[\s\S]*hint: destructure \[x \* 2, y\]/ },
  { file: 'number_of_boolean.ts', how: 'compile', still: /:8:26 - error TSG1002: 'Number\(flag\)' converts a value that is not a number[\s\S]*hint: pass a number, or a string literal/ },
  { file: 'static_this.ts', how: 'compile', still: /:12:12 - error TSG1002: 'this' is read outside a method of a value class[\s\S]*hint: read the numbers of an instance/ },
  { file: 'static_readonly_table.ts', how: 'compile', still: /:15:19 - error TSG1008: 'Poly\.COEFFS' is not an array of numbers tsgrad can index[\s\S]*hint: index Float64Array, number\[\] or readonly number\[\] variables and parameters/ },
  { file: 'slow_mf.ts', how: 'run', still: /REPRODUCES/ },
];

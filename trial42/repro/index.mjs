// The repros run.mjs reruns: how (compile with the CLI, or run under tsgrad/register) and what its output shows
// while the finding stands.
export const repros = [
  { file: 'inf_sentinel_jvp.ts', how: 'register', still: /REPRODUCES/ },
  { file: 'rebind_hint_names_h.ts', how: 'compile', still: /:15:7 - error TSG1008: 'm' may not be rebound[\s\S]*hint: copy the array \(Float64Array\.from\(h\)\)/ },
  { file: 'rest_parameter_hint.ts', how: 'compile', still: /:21:20 - error TSG2002: 'sumSquares' has a parameter tsgrad cannot pass \(\.\.\.vs: number\[\]\)/ },
  { file: 'nested_tuple_list.ts', how: 'compile', still: /error TSG1002: '\[w\[0\], x\[0\]\]' is not supported in a differentiated function/ },
];
repros.push({ file: 'nested_const_bracket_key.ts', how: 'compile', still: /:17:23 - error TSG1008: 'T\.hi' is not an array of numbers tsgrad can index[\s\S]*:21:10 - error TSG1002: property access 'T\['lo'\]\.a' is not supported/ });
repros.push({ file: 'fill_range_hint.ts', how: 'compile', still: /:9:3 - error TSG1008: 'fill' is supported with one argument[\s\S]*hint: call it with one value/ });
repros.push({ file: 'assign_in_expression.ts', how: 'register', still: /REPRODUCES/ });

// The repros run.mjs reruns, in the README's order of findings: how (compile with the CLI) and what the output
// shows while the finding stands. The first is a generated file that fails tsc --strict; the others are refusals; no WRONG gradient was found.
export const repros = [
  { file: 'recursive_tuple_typecheck.ts', how: 'typecheck', still: /TS2345: Argument of type 'number\[\]' is not assignable to parameter of type 'readonly \[number, number, number, number\]'/ },
  { file: 'generic_passes_on.ts', how: 'compile', still: /:7:19 - error TSG1003: variables of type 'readonly T\[\]' are not supported/ },
  { file: 'tuple_param_pattern.ts', how: 'compile', still: /error TSG2002: 'norm2' has a parameter tsgrad cannot pass \(\[x, y\]: V2\)[\s\S]*hint: callees take numbers, arrays of numbers/ },
  { file: 'discriminated_union.ts', how: 'compile', still: /error TSG2002: 'area' has a parameter tsgrad cannot pass \(s: Shape\)[\s\S]*error TSG1003: variables of type 'Shape' are not supported/ },
  { file: 'local_default_reads_param.ts', how: 'compile', still: /error TSG1002: 'u' is not a local variable, parameter or numeric constant[\s\S]*error TSG1007: 'g' is a local function called without its parameter 'v'[\s\S]*give 'v' a default value/ },
  { file: 'compose_factory.ts', how: 'compile', still: /error TSG1002: module constant 'sqM' is not a number or a boolean[\s\S]*error TSG1002: a local function used as a value[\s\S]*move the function to module level/ },
  { file: 'spread_arguments.ts', how: 'compile', still: /error TSG2002: 'hyp3' is called with 1 arguments; tsgrad needs all 3/ },
  { file: 'slice_of_call.ts', how: 'compile', still: /error TSG1008: 'slice' is not an array method tsgrad supports in an expression[\s\S]*hint: tsgrad supports .length, element reads and writes, .slice\(\)/ },
  { file: 'arrow_iife.ts', how: 'compile', still: /error TSG2002: '\(t: number\) => t \* t' is not a function tsgrad can follow/ },
  { file: 'destructure_length.ts', how: 'compile', still: /error TSG1007: object destructuring is supported only of Math[\s\S]*hint: an object parameter passes through/ },
  { file: 'tuple4_array_hint.ts', how: 'compile', still: /error TSG1003: 'quats' is an array of 4-tuples[\s\S]*hint: declare it empty and push the tuples: const quats: \[number, number\]\[\] = \[\]/ },
  { file: 'record_table.ts', how: 'compile', still: /error TSG1009: 'for … of' with a destructuring pattern is supported over a local array of tuples[\s\S]*error TSG1008: 'STAGES' is a module-level array whose elements are not all numeric constants/ },
  { file: 'tuple_accumulator.ts', how: 'compile', still: /error TSG1002: '\[0, 0\]' is not supported in a differentiated function/ },
  { file: 'record_spread.ts', how: 'compile', still: /error TSG1002: the object literal's '\.\.\.s' is not a number property tsgrad reads/ },
  { file: 'pair_of_arrays.ts', how: 'compile', still: /error TSG1007: array destructuring is supported from an array literal, an array of numbers or a call returning one[\s\S]*or a helper's returned array/ },
  { file: 'recursive_tuple_param.ts', how: 'compile', still: /error TSG2002: 'integrate' returns an array and cannot be inlined[\s\S]*its paths return arrays of different lengths/ },
  { file: 'nested_tuple_choice.ts', how: 'compile', still: /:12:9 - error TSG1007: array destructuring is supported from an array literal, an array of numbers or a call returning one/ },
];

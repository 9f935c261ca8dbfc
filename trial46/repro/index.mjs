// The repros run.mjs reruns (in the README's order of findings: 1 field_initialiser_order, 2 param_property_in_constructor,
// 3 row_push_built, 4 forof_rows_destructure, 5 argsort_comparator, 6 rows_passed_whole, 7 super_calls_override,
// 8 method_optional_param, 9 statement_methods_hint, 10 try_finally, 11 array_call_without_new, 12 method_local_arrow, 13 class_expression): how (compile with the CLI) and what the output shows while the finding stands.
export const repros = [
  // (since tsgrad e0596513+: refused with TSG1002 under ES2022 class fields; it stands while the file compiles)
  { file: 'field_initialiser_order.ts', how: 'compile', still: /wrote 1 file/ },
  { file: 'row_push_built.ts', how: 'compile', still: /:14:12 - error TSG1008: 'm\.push' is given 'row'[\s\S]*hint: push a new row[\s\S]*or a row made in the block of the push and not used after it/ },
  { file: 'forof_rows_destructure.ts', how: 'compile', still: /:12:8 - error TSG1009: 'for … of' with a destructuring pattern is supported only as for \(const \[i, v\] of a\.entries\(\)\)[\s\S]*hint: keep a module-level table per column, const as = \[x, -x/ },
  { file: 'argsort_comparator.ts', how: 'compile', still: /:9:3 - error TSG1008: 'sort' with the comparator[\s\S]*hint: sort with \(a, b\) => a - b/ },
  { file: 'rows_passed_whole.ts', how: 'compile', still: /error TSG1003: the local array of rows 'K' is passed whole[\s\S]*hint: pass its rows one at a time/ },
  { file: 'statement_methods_hint.ts', how: 'compile', still: /error TSG1008: 'reverse' is not an array method tsgrad supports as a statement[\s\S]*hint: tsgrad supports \.fill\(v\) and \.push\(v\) as statements/ },
  { file: 'try_finally.ts', how: 'compile', still: /error TSG1001: 'try' is not supported[\s\S]*hint: catch the error in the caller/ },
  { file: 'param_property_in_constructor.ts', how: 'compile', still: /:11:14 - error TSG1002: 'd' is not a local variable, parameter or numeric constant[\s\S]*:24:26 - error TSG1002: 'k' is not a local variable/ },
  { file: 'super_calls_override.ts', how: 'compile', still: /:25:32 - error TSG1002: property access 'this\.r' is not supported[\s\S]*:37:36 - error TSG1002: property access 'this\.k' is not supported/ },
  { file: 'method_optional_param.ts', how: 'compile', still: /:16:10 - error TSG2002: 'Spring\.force' is called without its parameter 'scale'[\s\S]*hint: pass one argument per parameter[\s\S]*:19:33 - error TSG1003: the parameter 'scale' of 'Spring\.force' has type 'number \| undefined'/ },
  { file: 'array_call_without_new.ts', how: 'compile', still: /:7:23 - error TSG2002: 'Array' is not a function tsgrad can follow[\s\S]*error TSG2002: 'Math\.max\.apply' is not a function tsgrad can follow/ },
  { file: 'method_local_arrow.ts', how: 'compile', still: /:15:15 - error TSG1002: a local function used as a value \(stored, passed or returned\)[\s\S]*hint: call it directly/ },
  { file: 'class_expression.ts', how: 'compile', still: /:13:10 - error TSG2002: 'new Gain\(g\)\.apply' is not a function tsgrad can follow/ },
];

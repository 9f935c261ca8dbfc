// The repros run.mjs reruns, in the README's order of findings: how (compile with the CLI, or run under
// tsgrad/register) and what the output shows while the finding stands.
export const repros = [
  { file: 'setter_compound_call.ts', how: 'run', still: /REPRODUCES/ },
  { file: 'any_array_row.ts', how: 'compile', still: /:12:11 - error TSG1003: variables of type 'any\[\]' are not supported[\s\S]*hint: make the row with its length and write its elements: const row = new Array\(n\)\.fill\(0\)/ },
  { file: 'instance_swap_destructure.ts', how: 'compile', still: /:20:15 - error TSG1006: 'q' is an object of numbers \(P2\)[\s\S]*hint: read the numbers you need: q\.x/ },
  { file: 'ctor_calls_assigning_method.ts', how: 'compile', still: /:16:5 - error TSG1003: 'this\.a \+= 2' changes a field[\s\S]*hint: call it on a local[\s\S]*:32:5 - error TSG1003/ },
  { file: 'instance_conditional_let.ts', how: 'compile', still: /:25:9 - error TSG1003: 'a' holds an object of numbers[\s\S]*hint: assign an object literal of numbers/ },
  { file: 'recursive_rows_helper.ts', how: 'compile', still: /:30:10 - error TSG2002: 'det' takes an array of rows[\s\S]*or pass the rows one at a time \(det\(M\[i\]\)\)/ },
];
repros.push({ file: 'inherited_static.ts', how: 'compile', still: /:19:10 - error TSG2002: 'Lerp2\.mix' is not a function tsgrad can follow[\s\S]*hint: call a function declared with `function`[\s\S]*error TSG2002: 'Maker2\.make' is not a function/ });
repros.push({ file: 'static_instance.ts', how: 'compile', still: /:23:10 - error TSG1003: 'V2\.ORIGIN' is not an instance of 'V2' tsgrad holds[\s\S]*:28:10 - error TSG1003: 'ORIGIN2' is not an instance of 'V2' tsgrad holds/ });
repros.push({ file: 'ctor_setter.ts', how: 'compile', still: /:14:5 - error TSG1007: the constructor of 'Tuned' has 'this\.f = v;'[\s\S]*hint: compute the value before 'new Tuned\(…\)' and pass it, or make it a field: this\.f = …/ });
repros.push({ file: 'array_literal_destructure_order.ts', how: 'run', still: /REPRODUCES/ });

// The repros run.mjs reruns, in the README's order of findings: how (compile with the CLI) and what the output
// shows while the finding stands.
export const repros = [
  { file: 'static_instance_argument.ts', how: 'compile', still: /:17:30 - error TSG1003: the parameter 'o' of 'Cx.mul' has type 'Cx', and tsgrad passes a value class's methods numbers, booleans, arrays of numbers and instances of value classes/ },
  { file: 'instanceof_hint.ts', how: 'compile', still: /:16:7 - error TSG1004: operator 'instanceof' is not supported[\s\S]*hint: tsgrad differentiates arithmetic on numbers/ },
  { file: 'new_extended_class.ts', how: 'compile', still: /:22:10 - error TSG1003: 'new Mid\(k\)' is an instance of the class 'Mid', which tsgrad cannot read as an object of numbers: 'Mid' is extended by 'Leaf'/ },
  { file: 'let_conditional_instance.ts', how: 'compile', still: /:19:35 - error TSG1003: 'p' holds an object of numbers, and 'p.norm < 2 \? p.add\(v\) : p.scale\(0.5\)' is not one tsgrad reads/ },
  { file: 'loop_reserve_check.ts', how: 'gen', still: /export function series_vjp[^]*?for \(;;\) \{[^]*?iters\+\+;[^]*?if \(top \+ \d+ > stack\.length\) stack = tape\.reserve\(top, \d+\);/ },
];

// The repros run.mjs reruns: how (compile with the CLI, or run under tsgrad/register) and the pattern its output
// matches while the finding stands.
export const repros = [
  { file: 'literal_map_hint.ts', how: 'compile', still: /:10:13 - error TSG1008: '\[0, 1, 2\]\.map\(…\)' is not supported in this form: tsgrad follows map's callback written in place, on an array of numbers/ },
  { file: 'int32_from_hint.ts', how: 'compile', still: /:8:16 - error TSG2002: 'Int32Array\.from' is not a function tsgrad can follow[\s\S]*hint: call a function declared with `function`/ },
  { file: 'closure_state_wording.ts', how: 'compile', still: /error TSG1007: the function 'makeAcc' makes assigns 'total'/ },
  { file: 'setter_message.ts', how: 'compile', still: /error TSG1003: [\s\S]*has the setter 'value': tsgrad reads instances that are never changed after their constructor/ },
];
repros.push({ file: 'overloads.ts', how: 'compile', still: /:10:1 - error TSG1007: 'scale' has no body[\s\S]*:17:21 - error TSG2002: 'scale' is called with 2 arguments; it takes 1/ });
repros.push({ file: 'bounce_slow.run.ts', how: 'register', still: /REPRODUCES/ });

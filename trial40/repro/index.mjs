// The repros run.mjs reruns: how (compile with the CLI, check with tsgrad check, or run under tsgrad/register) and
// the pattern its output matches while the finding stands.
export const repros = [
  { file: 'options_helper_returning_object.ts', how: 'compile', still: /:19:14 - error TSG2002: 'step' has a parameter tsgrad cannot pass[\s\S]*property 'dt' is optional/ },
];

// The repros run.mjs reruns: how (compile with the CLI, check with tsgrad check, or run under tsgrad/register) and
// the pattern its output matches while the finding stands.
export const repros = [
  { file: 'options_helper_returning_object.ts', how: 'compile', still: /:19:14 - error TSG2002: 'step' has a parameter tsgrad cannot pass[\s\S]*property 'dt' is optional/ },
  { file: 'object_alias_hint.ts', how: 'compile', still: /:12:9 - error TSG1003: 'r' holds an object of numbers[\s\S]*hint: declare it with its value: an object literal/ },
  // (the hinted copy's value is another function by construction: the finding is gone when object_alias_hint.ts compiles)
  { file: 'object_alias_hint.run.ts', how: 'register', still: /REPRODUCES/, supersededBy: 'object_alias_hint.ts' },
  { file: 'check_vacuous_ok.ts', how: 'check', still: /:decay\s+5\s+0\.0e\+0\s+0\.0e\+0 \(jvp\)\s+ok(?![\s\S]*only zeros were compared)/ },
  { file: 'and_reads_past_end.run.ts', how: 'register', still: /REPRODUCES/ },
  { file: 'switch_loop_slow.run.ts', how: 'register', still: /REPRODUCES/ },
];

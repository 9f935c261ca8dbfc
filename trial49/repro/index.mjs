// The repros run.mjs reruns, in the README's order of findings: how (compile with the CLI) and what the output
// shows while the finding stands. The first is a generated file that fails tsc --strict --noUncheckedIndexedAccess;
// the others are refusals whose message does not fit; no WRONG gradient was found.
export const repros = [
  { file: 'const_index_loop_typecheck.ts', how: 'typecheck', still: /grad\.ts\(2\d,11\): error TS7022: 't3' implicitly has type 'any'/ },
  { file: 'helper_first_write.ts', how: 'compile', still: /:19:10 - error TSG1008: pass an array variable or parameter here[\s\S]*hint: declare the array first/ },
  { file: 'each_branch_join.ts', how: 'compile', still: /error TSG1008: 'B2' is a module-level buffer that 'eachBranch' uses \(line 19\) before it writes every element/ },
  { file: 'reverse_fill.ts', how: 'compile', still: /error TSG1008: 'C4' is a module-level buffer that 'reverseFilled' uses \(line 10\) before it writes every element/ },
  { file: 'buffer_alias.ts', how: 'compile', still: /error TSG1008: 'A4' is not an array initializer tsgrad supports/ },
  { file: 'exported_buffer.ts', how: 'compile', still: /error TSG1008: 'OUT3' is an array kept at module level: tsgrad reads such an array only as a constant table/ },
];

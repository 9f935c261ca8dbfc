// The repros run.mjs reruns, in the README's order of findings: how (compile with the CLI) and what the output
// shows while the finding stands. The first is a generated file that fails tsc --strict --noUncheckedIndexedAccess;
// the others are refusals whose message does not fit; no WRONG gradient was found.
export const repros = [
  { file: 'const_index_loop_typecheck.ts', how: 'typecheck', still: /grad\.ts\(2\d,11\): error TS7022: 't3' implicitly has type 'any'/ },
  { file: 'helper_first_write.ts', how: 'compile', still: /:19:10 - error TSG1008: pass an array variable or parameter here[\s\S]*hint: declare the array first/ },
  { file: 'each_branch_join.ts', how: 'compile', still: /error TSG1008: 'B2' is a module-level buffer that 'eachBranch' uses \(line 19\) before it writes every element/ },
  { file: 'reverse_fill.ts', how: 'compile', still: /'C4' is a module-level buffer that 'reverseFilled' uses \(line 15\) before it writes every element[\s\S]*'W3' is a module-level buffer that 'fillWholeRange' uses \(line 20\)[\s\S]*'M3' is a module-level buffer that 'forOfIndices' uses \(line 26\)/ },
  { file: 'buffer_alias.ts', how: 'compile', still: /error TSG1008: 'A4' is not an array initializer tsgrad supports/ },
  { file: 'exported_buffer.ts', how: 'compile', still: /error TSG1008: 'OUT3' is an array kept at module level: tsgrad reads such an array only as a constant table/ },
  { file: 'typed_scratch.ts', how: 'compile', still: /error TSG1008: 'F3' is an array kept at module level[\s\S]*hint: allocate the buffer inside the function \(const F3 = new Float64Array\(n\)\)/ },
  { file: 'discarded_out_copy.ts', how: 'gen', still: /export function stepReturning_vjp[^]*?const out_1_mul3 = new Float64Array\([^]*?\n}\n/ },
];

// The repros run.mjs reruns: how (compile with the CLI, or run under tsgrad/register) and what the output shows
// while the finding stands.
export const repros = [
  { file: 'string_constant_hint.ts', how: 'compile', still: /:21:23 - error TSG1008: 'TEXT' is an array kept at module level[\s\S]*hint: allocate the buffer inside the function \(const TEXT = new Float64Array\(n\)\)[\s\S]*:26:23 - error TSG1002: property access 'text\.length' is not supported/ },
  { file: 'namespace_const.ts', how: 'compile', still: /:17:16 - error TSG1002: 'SCALE' is mutable state outside the function[\s\S]*:25:10 - error TSG1003: 'Units' is an object whose property 'scaled' is a function/ },
  { file: 'set_from_new_array.ts', how: 'compile', still: /:20:3 - error TSG1008: 'set' is not an array method tsgrad supports as a statement[\s\S]*:25:3 - error TSG1008: 'set' is not an array method/ },
  { file: 'for_in_object_hint.ts', how: 'compile', still: /error TSG1009: 'for … in' is not supported[\s\S]*hint: loop over the indices: for \(let i = 0; i < a\.length; i\+\+\)/ },
  { file: 'module_number_literal.ts', how: 'compile', still: /:21:10 - error TSG1002: module constant 'HALF' is not a number or a boolean[\s\S]*:24:10 - error TSG1002: module constant 'TWO'/ },
];

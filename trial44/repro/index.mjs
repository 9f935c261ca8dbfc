// The repros run.mjs reruns: how (compile with the CLI, or run under tsgrad/register) and what the output shows
// while the finding stands.
export const repros = [
  { file: 'uninitialized_optional_let.ts', how: 'run', still: /REPRODUCES/ },
  { file: 'atan2_origin_nan.ts', how: 'run', still: /REPRODUCES/ },
  { file: 'indexof_includes_hint.ts', how: 'compile', still: /:15:13 - error TSG1008: 'indexOf' is not an array method[\s\S]*hint: tsgrad supports \.length, element reads and writes, and \.fill\(v\), \.push\(v\) as statements; write a loop[\s\S]*:20:10 - error TSG1008: 'includes'/ },
  { file: 'overload_union_hint.ts', how: 'compile', still: /:24:10 - error TSG2002: 'norm2' has a parameter tsgrad cannot pass \(x: number \| Float64Array\)\n[\s\S]*hint: callees take numbers, arrays of numbers/ },
  { file: 'slow_clipped_mpc.ts', how: 'run', still: /REPRODUCES/ },
];

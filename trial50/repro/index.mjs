// The repros run.mjs reruns, in the README's order of findings: how (compile with the CLI) and what the output
// shows while the finding stands.
export const repros = [
];

// The repros run.mjs reruns, in the README's order of findings: how (compile with the CLI, or run under
// tsgrad/register) and what the output shows while the finding stands.
export const repros = [];

// The whole help (`tsgrad --help`) is the four commands' sections, each of which is also what
// `tsgrad <command> --help` prints on its own, followed by what they share.

const COMPILE_USAGE = 'Usage: tsgrad compile [options] <files, directories or globs...>';
const TYPES_USAGE = 'tsgrad types [--check] <files, directories or globs...>';
const TRACE_USAGE = 'tsgrad trace <file> <function> --at <name=value,...> [--wrt <input>] [--format table|markdown|json] [--ascii]';
const CHECK_USAGE = 'tsgrad check [--points N] [--seed S] [--tol T] [--timeout MS] <files, directories or globs...>';

const COMPILE_TEXT = `Writes <name>.grad.ts beside each source module, exporting f_grad and f_vjp for every
exported function f that returns a number. A function tsgrad cannot differentiate is
reported and the others are still written (exit 1); an exported function that gets no
gradient is named with the reason; a module with nothing to differentiate gets no file.
`;

const COMPILE_OPTIONS = `  --out-dir <dir>       write generated files under <dir>, laid out as the inputs are
                        below their common directory
  --check               compile in memory and compare with the files on disk; exit 1 if
                        any generated file is missing or stale (for CI); writes nothing
  --dump <ir|reverse>   print the IR or the adjoint IR of each function; writes nothing
  --wrt <params>        differentiate with respect to these parameters only: w,b for the
                        parameters so named of every exported function that has them,
                        loss:w,b for loss alone (repeat --wrt for several functions); the
                        others get no key in grad or adj, no adjoint and no reverse work
  --source-map          also write <name>.grad.ts.map beside each generated file, ending
                        the file with its sourceMappingURL comment: each generated
                        statement maps to the source statement it differentiates
  --tape-budget <size>  memory for the snapshots of each loop marked @checkpoint without a
                        snapshots= count (64MiB, 512KiB, 1GB): as many snapshots of the
                        loop's state as fit; default 16MiB
  --watch               compile, then compile again whenever a source changes, until
                        interrupted (Ctrl-C)
  -q, --quiet           print errors only, not the notes (info) about exported functions
                        that get no gradient
`;

const TYPES_TEXT = `tsgrad types writes, beside each module whose functions the inputs' grad(f) calls
differentiate, <name>.tsgrad.d.ts: the parameter names that type grad(f)'s gradient
exactly, as the build plugins write them (for tsc --noEmit before a build; --check for CI).
`;

const TYPES_OPTIONS = `  --check               compare with the files on disk and exit 1 if any is missing or
                        stale (for CI); writes nothing
`;

const TRACE_TEXT = `tsgrad trace prints the evaluation trace of one function at one point as the AD
textbooks lay it out: inputs v₋₁, v₀…, then each intermediate vᵢ with its elementary
operation, its value, its tangent v̇ᵢ (forward mode, along --wrt) and its adjoint v̄ᵢ
(reverse sweep), then y, ẏ and the gradient. It interprets tsgrad's IR: an independent
check of the generated code. Loops show each pass (the first and last three of longer ones).
`;

const TRACE_OPTIONS = `  --at <name=value,...> the arguments: x1=1.5,x2=0.5, arrays as w=[1,2,3] (repeatable)
  --wrt <input>         the input of the tangent column: a number parameter, or an array
                        element w[2] (default: the first differentiable parameter)
  --format <format>     table (default), markdown or json (full precision)
  --ascii               v_1, v_-1 and dy/dv instead of subscripts and accents
`;

const CHECK_TEXT = `tsgrad check compiles the files, and at random points of each exported function compares
the gradient (f_grad, or a registered f_vjp) with central differences (Richardson-
extrapolated; where they disagree at the step h, again at h/10, h/100 and h/1000) and with
forward mode (f_jvp, else tsgrad's IR interpreter) along a random direction. A function that
writes arrays is checked through f_jacobian: every column against differences of its value
and the arrays it writes, by columns (forward) against by rows (reverse). Points where the
value is not a number (a function of number | undefined) are drawn again. It prints a table,
a row per exported function as its check ends (one it cannot check says why), and exits 1
when any function disagrees. A function whose check takes longer than --timeout (one that
does not terminate at a point drawn) is stopped and reported as timed out, with the point. Points are drawn from @domain tags in the function's doc comment: @domain x (0, 10),
@domain n int [1, 5], @domain w [-1, 1] length 3, @domain A [-1, 1] rows 2 length 3 (an array
of rows, number[][]: 3 rows of 3 by default; lengths 1, 3, 2 for ragged rows), @domain out [0, 0] length 5 (one number),
@domain eps fixed (held at its default, not moved by differences: a tolerance that decides
where f stops, in which f jumps; @domain eps fixed (0, 1e-6) draws it, then holds it);
by default numbers in [-1, 1], or (0.1, 2] when the function
takes a log, sqrt, power or acosh, and arrays of 4 elements; a string parameter whose type
lists its values ('a' | 'b') is drawn from them. Where a function stores into a Float32Array
(or calls Math.fround), its differences carry float32's rounding: they are compared within
it (the note says so), and reverse against forward mode within --tol.
`;

const CHECK_OPTIONS = `  --points <N>          points per function (default 5)
  --seed <S>            seed of the points (default 1): the same seed, the same points
  --tol <T>             largest error allowed, relative above 1, absolute below (default 1e-6)
  --timeout <MS>        milliseconds each function's check may take (default 10000); one
                        that takes longer is stopped, and reported with the point it was at
`;

const COMMON_OPTIONS = `  -h, --help            show this help
  -v, --version         print tsgrad's version
`;

const INPUTS = `Inputs:
  A directory stands for every *.ts file below it. Generated (*.grad.ts) and declaration
  (*.d.ts) files and node_modules are always skipped. Quote globs ('src/**/*.ts') to let
  tsgrad expand them the same way on every shell.
`;

const EXIT_CODES = `Exit codes:
  0  success
  1  errors in the sources, or (with --check) missing or stale generated files; for
     trace, a function that cannot be traced or throws; for check, a gradient that disagrees
  2  usage or configuration error: bad option, missing input, or an output path holding
     a file that tsgrad did not generate (it is never overwritten)
`;

const COMPILE_EXAMPLES = `  tsgrad compile src/loss.ts
  tsgrad compile src --out-dir generated
  tsgrad compile --check 'src/**/*.ts'
  tsgrad compile --dump ir src/loss.ts
  tsgrad compile --wrt w,b src/loss.ts
  tsgrad compile --source-map src/loss.ts
  tsgrad compile --watch src
`;
const TYPES_EXAMPLES = `  tsgrad types src
  tsgrad types --check src
`;
const TRACE_EXAMPLES = `  tsgrad trace src/f.ts f --at x1=1.5,x2=0.5 --wrt x1
  tsgrad trace src/f.ts loss --at 'w=[1,2,3]' --at b=0.5 --format markdown
`;
const CHECK_EXAMPLES = `  tsgrad check --points 20 src/loss.ts
  tsgrad check --seed 7 --tol 1e-5 src
`;

/** `tsgrad --help`: every command. */
export const HELP = `${COMPILE_USAGE}
       ${TYPES_USAGE}
       ${TRACE_USAGE}
       ${CHECK_USAGE}

${COMPILE_TEXT}
${TYPES_TEXT}
Options:
${COMPILE_OPTIONS}${COMMON_OPTIONS}
${TRACE_TEXT}${TRACE_OPTIONS}
${CHECK_TEXT}${CHECK_OPTIONS}
${INPUTS}
${EXIT_CODES}
Examples:
${COMPILE_EXAMPLES}${TYPES_EXAMPLES}${TRACE_EXAMPLES}${CHECK_EXAMPLES}`;

export type HelpTopic = 'compile' | 'types' | 'trace' | 'check';

/** `tsgrad <command> --help`: that command's usage, options and examples alone. */
export const COMMAND_HELP: Record<HelpTopic, string> = {
  compile: `${COMPILE_USAGE}

${COMPILE_TEXT}
Options:
${COMPILE_OPTIONS}${COMMON_OPTIONS}
${INPUTS}
Exit codes:
  0  success
  1  errors in the sources, or (with --check) missing or stale generated files
  2  usage or configuration error: bad option, missing input, or an output path holding
     a file that tsgrad did not generate (it is never overwritten)

Examples:
${COMPILE_EXAMPLES}`,
  types: `Usage: ${TYPES_USAGE}

${TYPES_TEXT}
Options:
${TYPES_OPTIONS}${COMMON_OPTIONS}
${INPUTS}
Exit codes:
  0  success
  1  errors in the sources, or (with --check) missing or stale declaration files
  2  usage or configuration error

Examples:
${TYPES_EXAMPLES}`,
  trace: `Usage: ${TRACE_USAGE}

${TRACE_TEXT}
Options:
${TRACE_OPTIONS}${COMMON_OPTIONS}
Exit codes:
  0  success
  1  a function that cannot be traced or throws
  2  usage or configuration error: bad option, missing file or argument

Examples:
${TRACE_EXAMPLES}`,
  check: `Usage: ${CHECK_USAGE}

${CHECK_TEXT}
Options:
${CHECK_OPTIONS}${COMMON_OPTIONS}
${INPUTS}
Exit codes:
  0  every function agrees
  1  errors in the sources, or a gradient that disagrees
  2  usage or configuration error: bad option, missing input

Examples:
${CHECK_EXAMPLES}`,
};

export const HELP = `Usage: tsgrad compile [options] <files, directories or globs...>
       tsgrad types [--check] <files, directories or globs...>
       tsgrad trace <file> <function> --at <name=value,...> [--wrt <input>] [--format table|markdown|json] [--ascii]
       tsgrad check [--points N] [--seed S] [--tol T] <files, directories or globs...>

Writes <name>.grad.ts beside each source module, exporting f_grad and f_vjp for every
exported function f that returns a number. A function tsgrad cannot differentiate is
reported and the others are still written (exit 1); an exported function that gets no
gradient is named with the reason; a module with nothing to differentiate gets no file.

tsgrad types writes, beside each module whose functions the inputs' grad(f) calls
differentiate, <name>.tsgrad.d.ts: the parameter names that type grad(f)'s gradient
exactly, as the build plugins write them (for tsc --noEmit before a build; --check for CI).

Options:
  --out-dir <dir>       write generated files under <dir>, laid out as the inputs are
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
                        loop's state as fit; default 32 snapshots
  --watch               compile, then compile again whenever a source changes, until
                        interrupted (Ctrl-C)
  -q, --quiet           print errors only, not the notes (info) about exported functions
                        that get no gradient
  -h, --help            show this help
  -v, --version         print tsgrad's version

tsgrad trace prints the evaluation trace of one function at one point as the AD
textbooks lay it out: inputs v₋₁, v₀…, then each intermediate vᵢ with its elementary
operation, its value, its tangent v̇ᵢ (forward mode, along --wrt) and its adjoint v̄ᵢ
(reverse sweep), then y, ẏ and the gradient. It interprets tsgrad's IR: an independent
check of the generated code. Loops show each pass (the first and last three of longer ones).
  --at <name=value,...> the arguments: x1=1.5,x2=0.5, arrays as w=[1,2,3] (repeatable)
  --wrt <input>         the input of the tangent column: a number parameter, or an array
                        element w[2] (default: the first differentiable parameter)
  --format <format>     table (default), markdown or json (full precision)
  --ascii               v_1, v_-1 and dy/dv instead of subscripts and accents

tsgrad check compiles the files, and at random points of each exported function compares
the gradient (f_grad, or a registered f_vjp) with central differences (Richardson-
extrapolated) and with forward mode (f_jvp, else tsgrad's IR interpreter) along a random
direction. It prints a table and exits 1 when any function disagrees. Points are drawn
from @domain tags in the function's doc comment: @domain x (0, 10), @domain n int [1, 5],
@domain w [-1, 1] length 3; by default numbers in [-1, 1], or (0.1, 2] when the function
takes a log, sqrt, power or acosh, and arrays of 4 elements.
  --points <N>          points per function (default 5)
  --seed <S>            seed of the points (default 1): the same seed, the same points
  --tol <T>             largest error allowed, relative above 1, absolute below (default 1e-6)

Inputs:
  A directory stands for every *.ts file below it. Generated (*.grad.ts) and declaration
  (*.d.ts) files and node_modules are always skipped. Quote globs ('src/**/*.ts') to let
  tsgrad expand them the same way on every shell.

Exit codes:
  0  success
  1  errors in the sources, or (with --check) missing or stale generated files; for
     trace, a function that cannot be traced or throws; for check, a gradient that disagrees
  2  usage or configuration error: bad option, missing input, or an output path holding
     a file that tsgrad did not generate (it is never overwritten)

Examples:
  tsgrad compile src/loss.ts
  tsgrad compile src --out-dir generated
  tsgrad compile --check 'src/**/*.ts'
  tsgrad compile --dump ir src/loss.ts
  tsgrad compile --wrt w,b src/loss.ts
  tsgrad compile --source-map src/loss.ts
  tsgrad compile --watch src
  tsgrad types src
  tsgrad trace src/f.ts f --at x1=1.5,x2=0.5 --wrt x1
  tsgrad check --points 20 src/loss.ts
`;


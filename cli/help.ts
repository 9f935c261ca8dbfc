export const HELP = `Usage: tsgrad compile [options] <files, directories or globs...>
       tsgrad types [--check] <files, directories or globs...>

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
  --watch               compile, then compile again whenever a source changes, until
                        interrupted (Ctrl-C)
  -q, --quiet           print errors only, not the notes (info) about exported functions
                        that get no gradient
  -h, --help            show this help
  -v, --version         print tsgrad's version

Inputs:
  A directory stands for every *.ts file below it. Generated (*.grad.ts) and declaration
  (*.d.ts) files and node_modules are always skipped. Quote globs ('src/**/*.ts') to let
  tsgrad expand them the same way on every shell.

Exit codes:
  0  success
  1  errors in the sources, or (with --check) missing or stale generated files
  2  usage or configuration error: bad option, missing input, or an output path holding
     a file that tsgrad did not generate (it is never overwritten)

Examples:
  tsgrad compile src/loss.ts
  tsgrad compile src --out-dir generated
  tsgrad compile --check 'src/**/*.ts'
  tsgrad compile --dump ir src/loss.ts
  tsgrad compile --wrt w,b src/loss.ts
  tsgrad compile --watch src
  tsgrad types src
`;


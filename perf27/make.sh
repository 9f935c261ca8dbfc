#!/bin/sh
# Compiles trial27/src/<mod>.ts twice into perf27/out (git-ignored): with the tsgrad built in
# $BASE (a copy of dist/ and package.json made before a change, default /tmp/p27/base) as
# base_<mod>.grad.ts, and with this tree's dist/ as new_<mod>.grad.ts; ab.mjs times both.
#   sh perf27/make.sh <mod>...
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
base=${BASE:-/tmp/p27/base}
mkdir -p "$root/perf27/out"
for mod in "$@"; do
  for form in base new; do
    tmp=$(mktemp -d /tmp/tsgrad-perf27-XXXXXX)
    if [ $form = base ]; then cli="$base/dist/cli/main.js"; else cli="$root/dist/cli/main.js"; fi
    node "$cli" compile "$root/trial27/src/$mod.ts" --out-dir "$tmp" -q 2>/dev/null || true
    sed "s#from './\([a-zA-Z0-9]*\)\.js'#from '../../trial27/src/\1.js'#" "$tmp/$mod.grad.ts" > "$root/perf27/out/${form}_$mod.grad.ts"
    rm -rf "$tmp"
  done
done

#!/bin/sh
# Deopts of generated code in one run of perf25b/time.mjs (or warmup.mjs with W=1): function,
# reason and source position (of the JavaScript the register hook makes, innermost first).
#   sh perf25b/deopts.sh <case> [order]
cd "$(dirname "$0")/.."
script=perf25b/time.mjs
[ -n "$W" ] && script=perf25b/warmup.mjs
node --trace-deopt-verbose --allow-natives-syntax --import tsgrad/register $script "$@" 2>&1 | awk -f perf25b/deopt-filter.awk | grep -v '^  [a-z]'

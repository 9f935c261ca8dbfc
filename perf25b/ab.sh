#!/bin/sh
# A/B over fresh processes, alternating: perf25b/time.mjs (trial24's timing: calibrate, then
# rounds until no gain for 15) in tree A and in tree B, N times per case; one JSON line per run,
# tagged. Summarise with perf25b/summary.mjs.
#   sh perf25b/ab.sh <treeA> <treeB> <runs> case... > out.jsonl
a=$1; b=$2; runs=$3; shift 3
for t in "$a" "$b"; do (cd "$t" && node dist/cli/main.js compile perf25b/cases.ts --quiet); done
i=0
while [ $i -lt $runs ]; do
  for c in "$@"; do
    for t in "$a" "$b"; do
      (cd "$t" && node --import tsgrad/register perf25b/time.mjs $c | sed "s|^{|{\"tree\":\"$t\",|")
    done
  done
  i=$((i+1))
done

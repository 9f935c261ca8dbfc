#!/bin/sh
# Writes perf26/base.grad.ts (git-ignored): perf25b/cases.ts compiled by tsgrad as it was at a
# given commit (default ce45d67, main before perf26), the baseline perf26/ab.mjs times against.
#   sh perf26/make-base.sh [commit]
set -e
commit=${1:-ce45d67}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d /tmp/tsgrad-perf26-base-XXXXXX)
trap 'git -C "$root" worktree remove --force "$tmp/tree" >/dev/null 2>&1; rm -rf "$tmp"' EXIT
git -C "$root" worktree add -q --detach "$tmp/tree" "$commit"
ln -s "$root/node_modules" "$tmp/tree/node_modules"
(cd "$tmp/tree" && node node_modules/typescript/bin/tsc -p tsconfig.build.json)
node "$tmp/tree/dist/cli/main.js" compile "$root/perf25b/cases.ts" --out-dir "$tmp/out" -q
sed "s#from './cases.js'#from '../perf25b/cases.js'#" "$tmp/out/cases.grad.ts" > "$root/perf26/base.grad.ts"
echo "wrote perf26/base.grad.ts (tsgrad at $commit)"

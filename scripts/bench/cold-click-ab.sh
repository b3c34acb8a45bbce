#!/usr/bin/env bash
# Cold click → card with and without loading the model at click time (issue 18), alternating
# in one run: "before" is HEAD's src/ with the click-time prepare() call taken out, "after"
# is HEAD. Builds go to bench/tmp/ (git-ignored). → bench/results/cold-click-ab.json
# Do not edit src/ while it builds: the before build edits one file and restores it.
set -euo pipefail
CLICKS=${1:-8}
FILE=src/background/classify-from-context-menu.ts
trap 'git checkout -q HEAD -- "$FILE"' EXIT
OUT_DIR=bench/tmp/cold-after npx vite build > /dev/null 2>&1
grep -q 'inferenceHost.prepare(' "$FILE"
sed -i '/inferenceHost.prepare(/d' "$FILE"
OUT_DIR=bench/tmp/cold-before npx vite build > /dev/null 2>&1
git checkout -q HEAD -- "$FILE"
npx vite-node -c scripts/node.config.ts scripts/bench/cold-click-ab.ts -- --before bench/tmp/cold-before --after bench/tmp/cold-after --clicks "$CLICKS" \
  --what "before: no model loading at click time (the model loads on the first request); after: the click starts the offscreen document with ?preload=<backend> while the image is read"

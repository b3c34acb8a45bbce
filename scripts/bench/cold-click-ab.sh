#!/usr/bin/env bash
# Cold click → card, two builds alternating in one run (issue 18). "after" is HEAD; "before"
# is HEAD with one edit (sed expression EXPR on FILE) that undoes the change under test.
# Builds go to bench/tmp/ (git-ignored). → bench/results/cold-click-ab[-$LABEL].json
# Do not edit src/ while it builds: the before build edits FILE and restores it.
# Usage: scripts/bench/cold-click-ab.sh FILE EXPR "what before/after are" [CLICKS]
# e.g. scripts/bench/cold-click-ab.sh src/model-host/model-host.ts 's/warmUp: false/warmUp: true/' "before: warm-up run; after: none"
set -euo pipefail
FILE=$1; EXPR=$2; WHAT=$3; CLICKS=${4:-8}
trap 'git checkout -q HEAD -- "$FILE"' EXIT
OUT_DIR=bench/tmp/cold-after npx vite build > /dev/null 2>&1
cp "$FILE" "$FILE.orig"; sed -i "$EXPR" "$FILE"; rm "$FILE.orig"
if git diff --quiet HEAD -- "$FILE"; then echo "$EXPR changed nothing in $FILE" >&2; exit 1; fi
OUT_DIR=bench/tmp/cold-before npx vite build > /dev/null 2>&1
git checkout -q HEAD -- "$FILE"
npx vite-node -c scripts/node.config.ts scripts/bench/cold-click-ab.ts -- --before bench/tmp/cold-before --after bench/tmp/cold-after --clicks "$CLICKS" --what "$WHAT" ${LABEL:+--label "$LABEL"}

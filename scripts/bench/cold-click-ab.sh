#!/usr/bin/env bash
# Cold click → card, two builds alternating in one run (issue 18). "after" is HEAD; "before"
# is HEAD with one edit (sed expression EXPR on FILE) that undoes the change under test, or,
# with FILE = --base, the whole src/ of commit EXPR (files added since set aside).
# Builds go to bench/tmp/ (git-ignored). → bench/results/cold-click-ab[-$LABEL].json
# Do not edit src/ while it builds: the before build changes src/ and restores it.
# Usage: scripts/bench/cold-click-ab.sh FILE EXPR "what before/after are" [CLICKS]
# e.g. scripts/bench/cold-click-ab.sh src/model-host/model-host.ts 's/warmUp: false/warmUp: true/' "before: warm-up run; after: none"
#      scripts/bench/cold-click-ab.sh --base ec5fcf7 "before: the round's base; after: HEAD"
set -euo pipefail
FILE=$1; EXPR=$2; WHAT=$3; CLICKS=${4:-8}
if ! git diff --quiet HEAD -- src; then echo "src/ has uncommitted changes: commit them first" >&2; exit 1; fi
REMOVED=""
if [ "$FILE" = --base ]; then REMOVED=$(git diff --no-renames --name-only --diff-filter=D "$EXPR" HEAD -- src); fi
restore() { git checkout -q HEAD -- src; for f in $REMOVED; do git rm -qf --ignore-unmatch -- "$f"; done; }
trap restore EXIT
OUT_DIR=bench/tmp/cold-after npx vite build > /dev/null 2>&1
if [ "$FILE" = --base ]; then
  git checkout -q "$EXPR" -- src
  for f in $(git diff --no-renames --name-only --diff-filter=A "$EXPR" HEAD -- src); do rm -f "$f"; done
else
  sed -i "$EXPR" "$FILE"
  if git diff --quiet HEAD -- "$FILE"; then echo "$EXPR changed nothing in $FILE" >&2; exit 1; fi
fi
OUT_DIR=bench/tmp/cold-before npx vite build > /dev/null 2>&1
restore
npx vite-node -c scripts/node.config.ts scripts/bench/cold-click-ab.ts -- --before bench/tmp/cold-before --after bench/tmp/cold-after --clicks "$CLICKS" --what "$WHAT" ${LABEL:+--label "$LABEL"}

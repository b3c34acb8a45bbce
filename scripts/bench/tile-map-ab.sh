#!/usr/bin/env bash
# Tile-map speed before/after a change, in alternating builds of one session (single runs on
# a shared 2-core machine differ by ±25 % between sessions, so only an A/B in one sitting
# means anything). "before" swaps in the whole src/ tree of BASE (files added since are set
# aside); "after" is the committed HEAD. Each round runs the mosaic tile-map e2e test, which
# prints the median of 6 runs of the map (page clock).
# Usage: scripts/bench/tile-map-ab.sh [BASE] [ROUNDS]   → bench/results/tile-map-e2e.txt
# BASE ec5fcf7: tiles cut in the page and sent as base64 RGBA, 8 per message, one model pass
# per message in the host. HEAD: the page sends window rectangles, 16 per message; the host
# cuts them from its own decoded copy of the stored image.
# Do not edit src/ while it runs: it checks src/ out back and forth.
set -euo pipefail
BASE=${1:-ec5fcf7}
ROUNDS=${2:-2}
if ! git diff --quiet HEAD -- src; then echo "src/ has uncommitted changes: commit them first (the script checks out src/)" >&2; exit 1; fi
ADDED=$(git diff --no-renames --name-only --diff-filter=A "$BASE" HEAD -- src)
REMOVED=$(git diff --no-renames --name-only --diff-filter=D "$BASE" HEAD -- src)
OUT=bench/results/tile-map-e2e.txt
# Back to HEAD: its files, and BASE's files that HEAD no longer has taken out of the index too.
restore() { git checkout -q HEAD -- src; for f in $REMOVED; do git rm -qf --ignore-unmatch -- "$f"; done; }
trap restore EXIT
{
  echo "# tile map of the demo mosaic (27 tissue + 9 background tiles), Chromium, WASM; $(date -u +%F), after = commit $(git rev-parse --short HEAD), before = src/ of $BASE"
  echo "# $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT"
for round in $(seq "$ROUNDS"); do
  for variant in before after; do
    if [ "$variant" = before ]; then
      git checkout -q "$BASE" -- src
      for f in $ADDED; do rm -f "$f"; done
    else restore; fi
    npm run build > /dev/null 2>&1
    line=$(npx vitest run -c vitest.e2e.config.ts tests/e2e/region-tilemap.e2e.test.ts -t mosaic 2>&1 | grep -o 'tile map speed: .*' | sed 's/\x1b\[[0-9;]*m//g')
    echo "round $round $variant: $line" | tee -a "$OUT"
  done
done

#!/usr/bin/env bash
# Tile-map speed before/after issue 18's host changes, in alternating builds of one session
# (single runs on a shared 2-core machine differ by ±25 % between sessions, so only an A/B
# in one sitting means anything). "before" swaps in the tile path's files from BASE:
# per-tile classify() in the host and the old base64 encoder. Each round runs the mosaic
# tile-map e2e test, which prints the median of 6 runs of the map (page clock).
# Usage: scripts/bench/tile-map-ab.sh [BASE] [ROUNDS]   → bench/results/tile-map-e2e.txt
set -euo pipefail
BASE=${1:-1f3ec85}
ROUNDS=${2:-2}
FILES=(src/core/classifier.ts src/model-host/classify-raw-tiles.ts src/shared/base64.ts)
# Where each file lived at BASE (src/model-host/ was src/offscreen/ until the folder was renamed).
at_base() { git cat-file -e "$BASE:$1" 2>/dev/null && echo "$1" || echo "${1/src\/model-host\//src/offscreen/}"; }
OUT=bench/results/tile-map-e2e.txt
restore() { git checkout HEAD -- "${FILES[@]}"; }
trap restore EXIT
{
  echo "# tile map of the demo mosaic (27 tissue + 9 background tiles), Chromium, WASM; $(date -u +%F), commit $(git rev-parse --short HEAD), before = $BASE's ${FILES[*]}"
  echo "# $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
} > "$OUT"
for round in $(seq "$ROUNDS"); do
  for variant in before after; do
    if [ "$variant" = before ]; then
      for f in "${FILES[@]}"; do git show "$BASE:$(at_base "$f")" > "$f"; done
    else restore; fi
    npm run build > /dev/null 2>&1
    line=$(npx vitest run -c vitest.e2e.config.ts tests/e2e/region-tilemap.e2e.test.ts -t mosaic 2>&1 | grep -o 'tile map speed: .*' | sed 's/\x1b\[[0-9;]*m//g')
    echo "round $round $variant: $line" | tee -a "$OUT"
  done
done

#!/usr/bin/env bash
# Issue 18's 1,000-tile target: the tile-map e2e test that maps 1,024 windows (42 px) of the
# demo mosaic (after the mosaic test, which opens the tile map page), ROUNDS times on the built
# extension (npm run build first); each round prints
# the page's own clock for the whole map. → bench/results/tile-map-1000.txt
# Usage: scripts/bench/tile-map-1000.sh [ROUNDS]
set -euo pipefail
ROUNDS=${1:-3}
OUT=bench/results/tile-map-1000.txt
{
  echo "# tile map of the demo mosaic at 42 px windows (1024 windows), Chromium, WASM; $(date -u +%F), commit $(git rev-parse --short HEAD)"
  echo "# $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT"
for round in $(seq "$ROUNDS"); do
  line=$(npx vitest run -c vitest.e2e.config.ts tests/e2e/region-tilemap.e2e.test.ts -t 'known-class mosaic|1,024 windows' 2>&1 | grep -o 'tile map 1024: .*' | sed 's/\x1b\[[0-9;]*m//g')
  echo "round $round: $line" | tee -a "$OUT"
done

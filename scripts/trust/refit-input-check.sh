#!/usr/bin/env bash
# After the model's weights change: everything the input check and the heat-map figures fit or
# measure from the model, in order. Needs LC25000_LUNG (LC25000's lung images with groups.csv)
# and HE_REFERENCES (the other laboratories' H&E JPEGs); caches go to training/cache/.
#   LC25000_LUNG=/path/to/lc25000-lung HE_REFERENCES=/path/to/he-stain-references npm run refit:input-check
# KEEP=shiftCheck keeps that set's figures when its cache (training/shift_check.py) is absent.
set -euo pipefail
: "${LC25000_LUNG:?set LC25000_LUNG}" "${HE_REFERENCES:?set HE_REFERENCES}"
node_script() { npx vite-node -c scripts/node.config.ts "$@"; }
npm run build:model                      # the new weights' checksums, for the fit to name
python -c "import sys; sys.path.insert(0, 'training'); from data import list_images, load_split; from pathlib import Path; \
items = list_images('$LC25000_LUNG', Path('training/split.csv')); \
[load_split('$LC25000_LUNG', items[s], Path('training/cache') / f'{s}.npz') for s in ('train', 'val', 'test')]"
node_script scripts/trust/extract-features.ts -- --cache training/cache --splits train,val
python training/fit_input_check.py --data "$LC25000_LUNG" --references "$HE_REFERENCES" --cache training/cache
npm run build:model                      # ships the fit in model/metadata.json
node_script scripts/trust/measure-input-check.ts -- --cache training/cache --references "$HE_REFERENCES" ${KEEP:+--keep "$KEEP"}
node_script scripts/trust/measure-heat-map-faithfulness.ts -- --references "$HE_REFERENCES"
npm run bench:heat-map
npm run docs

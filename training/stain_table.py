"""Measures real stain variation: Macenko stain vectors and concentration ranges per image.

    python training/stain_table.py --references /path/to/he-stain-references --data /path/to/lc25000-lung

Writes training/artifacts/stain-references.csv, one row per reference slide (H&E from 36 TCGA
slides of many tissue-source sites, MoNuSeg; Kumar et al. 2017/2020, CC BY-NC-SA 4.0: only
these derived numbers are committed, not the images), and training/artifacts/stain-target.json,
the training stain (medians over LC25000's training split) that the extension normalises to.

Each slide is assigned to one half by its tissue-source site (the 2 characters after
"TCGA-"), so no laboratory is in both: `augment` re-stains training images, `check` is kept
for the shift check (shift_check.py) and never used in training.
"""
import argparse
import csv
import json
import os
from pathlib import Path

import numpy as np
import torch
from PIL import Image

from data import list_images, load_split
from stain import estimate

HERE = Path(__file__).parent
ART = HERE / "artifacts"


def site_halves(sites):
    """Sites sorted by slide count (then name) dealt alternately, so both halves get a
    similar number of slides and every site lies in exactly one half."""
    counts = {s: sites.count(s) for s in set(sites)}
    order = sorted(counts, key=lambda s: (-counts[s], s))
    return {s: ("augment" if i % 2 == 0 else "check") for i, s in enumerate(order)}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--references", required=True, help="folder of reference H&E JPEGs")
    p.add_argument("--data", default=os.environ.get("LC25000_LUNG"), required="LC25000_LUNG" not in os.environ)
    p.add_argument("--split", default=str(HERE / "split.csv"))
    p.add_argument("--cache", default=str(HERE / "cache"))
    a = p.parse_args()

    files = sorted(Path(a.references).glob("*.jpg"))
    sites = [f.name.split("-")[1] for f in files]
    halves = site_halves(sites)
    rows = []
    for f, site in zip(files, sites):
        x = torch.from_numpy(np.array(Image.open(f).convert("RGB"))).permute(2, 0, 1)[None].float() / 255
        he, maxc, frac = estimate(x)
        rows.append({"slide": f.stem, "site": site, "half": halves[site],
                     "h_r": he[0, 0, 0].item(), "h_g": he[0, 0, 1].item(), "h_b": he[0, 0, 2].item(),
                     "e_r": he[0, 1, 0].item(), "e_g": he[0, 1, 1].item(), "e_b": he[0, 1, 2].item(),
                     "max_h": maxc[0, 0].item(), "max_e": maxc[0, 1].item(), "tissue": frac[0].item()})
    ART.mkdir(exist_ok=True)
    with open(ART / "stain-references.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        for r in rows:
            w.writerow({k: (f"{v:.5f}" if isinstance(v, float) else v) for k, v in r.items()})

    xtr, _ = load_split(a.data, list_images(a.data, a.split)["train"], Path(a.cache) / "train.npz")
    stains, maxcs = [], []
    for i in range(0, len(xtr), 256):
        xb = torch.from_numpy(xtr[i:i + 256]).permute(0, 3, 1, 2).float() / 255
        he, maxc, _ = estimate(xb)
        stains.append(he)
        maxcs.append(maxc)
    stains, maxcs = torch.cat(stains), torch.cat(maxcs)
    ref_stains = torch.tensor([[[r["h_r"], r["h_g"], r["h_b"]], [r["e_r"], r["e_g"], r["e_b"]]] for r in rows], dtype=torch.float64)
    ok = torch.isfinite(maxcs).all(1)
    target_he = stains[ok].median(0).values
    target_he = target_he / target_he.norm(dim=1, keepdim=True)
    # How far LC25000's own images stray from that stain: the largest angle between an image's
    # unit H or E vector and the target's. Past its 99th percentile an input counts as stained
    # unlike the training images (src/core/input-shift.ts).
    angle = torch.acos((stains[ok] * target_he).sum(2).clamp(-1, 1)).max(1).values
    ref_angles = torch.acos((ref_stains * target_he).sum(2).clamp(-1, 1)).max(1).values.tolist()
    target = {"method": "macenko", "source": "median over LC25000 training-split images",
              "images": int(ok.sum()),
              "stains": [[round(v, 5) for v in row] for row in target_he.tolist()],
              "maxConcentrations": [round(v, 5) for v in maxcs[ok].median(0).values.tolist()],
              "maxConcentrationsSpread": {"p10": maxcs[ok].quantile(0.1, 0).tolist(), "p90": maxcs[ok].quantile(0.9, 0).tolist()},
              "unlikeAngle": round(float(angle.quantile(0.99)), 5),
              "angleQuantiles": {q: round(float(angle.quantile(q)), 5) for q in (0.5, 0.9, 0.99)},
              "referenceAngles": {h: sorted(round(float(a), 4) for a, r in zip(ref_angles, rows) if r["half"] == h) for h in ("augment", "check")}}
    (ART / "stain-target.json").write_text(json.dumps(target, indent=2) + "\n")
    print(f"{len(rows)} references ({sum(r['half'] == 'augment' for r in rows)} augment, "
          f"{sum(r['half'] == 'check' for r in rows)} check); target {target['stains']} {target['maxConcentrations']}")


if __name__ == "__main__":
    main()

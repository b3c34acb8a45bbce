"""Parity fixtures for the extension's stain normaliser (src/core/stain-normalise.ts).

    python training/stain_fixtures.py
Reads the tissue fixtures (tests/fixtures/tissue/*.png, LC25000 test images), writes a
re-stained copy of each (another laboratory's stain from the reference table's check half)
to tests/fixtures/stain/, and reference.json: the PyTorch estimate and a strided sample of
the normalised pixels for every image, with the normalisation parameters used.
"""
import json
from pathlib import Path

import numpy as np
import torch
from PIL import Image

from pipeline import stain_target
from shift import read_references, restain_to
from stain import ALPHA, BETA, MIN_TISSUE, STRIDE, estimate, normalise

ROOT = Path(__file__).parent.parent
TISSUE = ROOT / "tests" / "fixtures" / "tissue"
OUT = ROOT / "tests" / "fixtures" / "stain"
SAMPLE_STEP = 97  # every 97th value of the HWC array (co-prime with 3 and 224)


def entry(name, rgb_u8, stains, maxc):
    x = torch.from_numpy(rgb_u8.copy()).permute(2, 0, 1)[None].float() / 255
    he, mx, frac = estimate(x)
    y = normalise(x, stains, maxc)[0].permute(1, 2, 0).reshape(-1).numpy()
    return {"png": name, "stains": he[0].tolist(), "maxConcentrations": mx[0].tolist(), "tissueFraction": float(frac[0]),
            "sampleStep": SAMPLE_STEP, "normalisedSample": [round(float(v), 6) for v in y[::SAMPLE_STEP]]}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    stains, maxc = stain_target()
    ref_s, ref_m = read_references(ROOT / "training" / "artifacts" / "stain-references.csv", "check")
    images = []
    for i, png in enumerate(sorted(TISSUE.glob("*.png"))):
        rgb = np.asarray(Image.open(png).convert("RGB"))
        images.append(entry(f"../tissue/{png.name}", rgb, stains, maxc))
        x = torch.from_numpy(rgb.copy()).permute(2, 0, 1)[None].float() / 255
        shifted = restain_to(x, ref_s, ref_m, torch.tensor([i % len(ref_s)]))
        u8 = (shifted[0].permute(1, 2, 0) * 255).round().byte().numpy()
        name = f"restained-{png.name}"
        Image.fromarray(u8).save(OUT / name)
        images.append(entry(name, u8, stains, maxc))
    params = {"method": "macenko", "stains": stains.tolist(), "maxConcentrations": maxc.tolist(),
              "beta": BETA, "alpha": ALPHA, "minTissue": MIN_TISSUE, "stride": STRIDE}
    (OUT / "reference.json").write_text(json.dumps({"normalisation": params, "images": images}, indent=1) + "\n")
    print(f"{len(images)} stain fixtures → {OUT}")


if __name__ == "__main__":
    main()

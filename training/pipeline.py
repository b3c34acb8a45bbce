"""What the extension does to an image before the model, in PyTorch: optional Macenko stain
normalisation onto the training stain (artifacts/stain-target.json; in the extension:
src/core/stain-normalise.ts with the same numbers from model/metadata.json)."""
import json
from functools import lru_cache
from pathlib import Path

import torch

from stain import ALPHA, BETA, MIN_TISSUE, STRIDE
from stain import normalise as macenko_normalise

TARGET_FILE = Path(__file__).parent / "artifacts" / "stain-target.json"


@lru_cache(maxsize=1)
def stain_target():
    """The training stain, read once (prepare() runs on every training batch)."""
    t = json.loads(TARGET_FILE.read_text())
    return torch.tensor(t["stains"], dtype=torch.float64), torch.tensor(t["maxConcentrations"], dtype=torch.float64)


def normalisation_params():
    """The extension's `input.stainNormalisation` (model/metadata.json) for this target."""
    t = json.loads(TARGET_FILE.read_text())
    return {"method": "macenko", "stains": t["stains"], "maxConcentrations": t["maxConcentrations"],
            "beta": BETA, "alpha": ALPHA, "minTissue": MIN_TISSUE, "stride": STRIDE, "unlikeAngle": t["unlikeAngle"]}


def prepare(x, normalise):
    """x: (N, 3, H, W) in [0, 1] → the model's input."""
    if not normalise:
        return x
    stains, maxc = stain_target()
    return macenko_normalise(x, stains, maxc)


@torch.no_grad()
def model_predict(model, x_u8, normalise=False, device="cpu", batch=128):
    """Logits for NHWC uint8 images, prepared as the extension prepares them."""
    model.eval()
    out = []
    for i in range(0, len(x_u8), batch):
        xb = torch.from_numpy(x_u8[i:i + batch].copy()).permute(0, 3, 1, 2).float() / 255
        xb = prepare(xb, normalise).to(device)
        out.append(model(xb.contiguous(memory_format=torch.channels_last)).float().cpu())
    return torch.cat(out)

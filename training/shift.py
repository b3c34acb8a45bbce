"""Shifts that images from other laboratories bring, as batched transforms on NCHW in [0, 1]:
other stains (re-staining with measured stain matrices), other scanners (gamma, brightness,
contrast, saturation, hue), other magnifications (same-class mosaics shrunk k times), blur,
resampling and JPEG artefacts. Used by training (random) and by the shift check (seeded).
"""
import csv
import io
import math

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

from stain import estimate, restain


def read_references(path, half):
    """Stain vectors (N, 2, 3) and 99th-percentile concentrations (N, 2) of one half of the
    reference table (training/artifacts/stain-references.csv)."""
    stains, maxc = [], []
    with open(path) as f:
        for r in csv.DictReader(f):
            if r["half"] == half:
                stains.append([[float(r["h_r"]), float(r["h_g"]), float(r["h_b"])],
                               [float(r["e_r"]), float(r["e_g"]), float(r["e_b"])]])
                maxc.append([float(r["max_h"]), float(r["max_e"])])
    return torch.tensor(stains, dtype=torch.float64), torch.tensor(maxc, dtype=torch.float64)


def mosaic(pool_u8, idx, k):
    """k×k tiles of the images pool_u8[idx] (NHWC uint8, len(idx) = k²), shrunk back to one
    tile's size by area averaging: the same tissue at 1/k of the magnification."""
    h, w = pool_u8.shape[1:3]
    rows = [np.concatenate(list(pool_u8[idx[r * k:(r + 1) * k]]), axis=1) for r in range(k)]
    big = torch.from_numpy(np.concatenate(rows, axis=0)).permute(2, 0, 1)[None].float()
    return F.adaptive_avg_pool2d(big, (h, w))[0].permute(1, 2, 0).round().clamp(0, 255).byte().numpy()


def restain_to(x, ref_stains, ref_maxc, pick, angle_noise=0.0, scale_noise=0.0, gen=None):
    """Re-stain each image with reference pick[i]: its own Macenko stains → the reference's
    stain vectors, concentrations scaled to the reference's range. Optional noise on the
    vectors (radians) and the concentrations (relative) interpolates between laboratories."""
    own, own_max, frac = estimate(x)
    dst = ref_stains[pick].clone()
    if angle_noise:
        dst = dst + torch.randn(dst.shape, generator=gen, dtype=torch.float64) * angle_noise
        dst = dst.clamp(min=0.01)
        dst = dst / dst.norm(dim=2, keepdim=True)
    scale = ref_maxc[pick] / own_max.clamp(min=1e-3)
    if scale_noise:
        scale = scale * (1 + (torch.rand(scale.shape, generator=gen, dtype=torch.float64) * 2 - 1) * scale_noise)
    ok = (frac > 0.02) & torch.isfinite(own_max).all(1)
    scale = torch.where(ok[:, None], scale, 1.0)
    out = restain(x, own, dst, scale)
    return torch.where(ok[:, None, None, None], out, x)


def scanner(x, gamma, brightness, contrast, saturation, hue):
    """Per-sample tone and colour changes (each argument: a tensor of N factors; hue in radians)."""
    n = x.shape[0]
    x = x.clamp(1e-4, 1) ** gamma.view(n, 1, 1, 1)
    grey = torch.tensor([0.299, 0.587, 0.114]).view(1, 3, 1, 1)
    lum = (x * grey).sum(1, keepdim=True)
    x = lum + (x - lum) * saturation.view(n, 1, 1, 1)
    # Hue: rotate the chroma around the grey axis (Rodrigues' formula on the unit grey vector).
    u = torch.full((3,), 1 / math.sqrt(3))
    c, s = torch.cos(hue).view(n, 1, 1), torch.sin(hue).view(n, 1, 1)
    ux = torch.tensor([[0, -u[2], u[1]], [u[2], 0, -u[0]], [-u[1], u[0], 0]])
    rot = c * torch.eye(3) + s * ux + (1 - c) * torch.outer(u, u)
    x = torch.einsum("nij,njhw->nihw", rot, x)
    mean = x.mean((1, 2, 3), keepdim=True)
    x = (x - mean) * contrast.view(n, 1, 1, 1) + mean
    return (x * brightness.view(n, 1, 1, 1)).clamp(0, 1)


def blur(x, sigma):
    """Gaussian blur with one sigma per sample (0: unchanged)."""
    out = x.clone()
    for i in range(x.shape[0]):
        s = float(sigma[i])
        if s < 0.2:
            continue
        r = max(1, int(math.ceil(2.5 * s)))
        t = torch.arange(-r, r + 1, dtype=torch.float32)
        k = torch.exp(-t ** 2 / (2 * s * s))
        k = (k / k.sum()).to(x)
        xi = F.pad(x[i:i + 1], (r, r, r, r), mode="reflect")
        xi = F.conv2d(xi, k.view(1, 1, 1, -1).expand(3, 1, 1, -1), groups=3)
        out[i] = F.conv2d(xi, k.view(1, 1, -1, 1).expand(3, 1, -1, 1), groups=3)[0]
    return out


def resample(x, factor, mode):
    """Down-sample by `factor` (per sample, ≥ 1) and back up: a figure saved small and zoomed."""
    out = x.clone()
    h, w = x.shape[2:]
    for i in range(x.shape[0]):
        f = float(factor[i])
        if f <= 1.05:
            continue
        small = F.interpolate(x[i:i + 1], size=(max(8, round(h / f)), max(8, round(w / f))), mode="area")
        out[i] = F.interpolate(small, size=(h, w), mode=mode, **({} if mode == "nearest" else {"align_corners": False}))[0]
    return out.clamp(0, 1)


def jpeg(x, quality):
    """JPEG re-compression at one quality per sample (0: unchanged), 4:2:0 as most encoders."""
    out = x.clone()
    for i in range(x.shape[0]):
        q = int(quality[i])
        if q <= 0:
            continue
        a = (x[i].permute(1, 2, 0).clamp(0, 1) * 255).round().byte().numpy()
        buf = io.BytesIO()
        Image.fromarray(a).save(buf, format="JPEG", quality=q)
        b = np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))
        out[i] = torch.from_numpy(b.copy()).permute(2, 0, 1).float() / 255
    return out


def read_reference_images(folder, table, half, side=500):
    """The real slides of one half of the reference table (`half`: augment or check), as
    (M, 3, side, side) in [0, 1]: the 1000-px 40× images area-averaged to `side` (20× at 500)."""
    names = []
    with open(table) as f:
        names = [r["slide"] for r in csv.DictReader(f) if r["half"] == half]
    out = []
    for name in names:
        img = Image.open(f"{folder}/{name}.jpg").convert("RGB").resize((side, side), Image.BOX)
        out.append(torch.from_numpy(np.asarray(img).copy()).permute(2, 0, 1).float() / 255)
    return torch.stack(out)


def mosaic_crop(pool_u8, idx, k, rng, min_side=1.2, max_side=None):
    """A field of view anywhere between 1/min_side and 1/max_side (default 1/k) of LC25000's
    magnification: a k×k
    mosaic of pool_u8[idx] at full size, a random square window of it (seams fall anywhere),
    area-averaged back to one tile's size."""
    h, w = pool_u8.shape[1:3]
    rows = [np.concatenate(list(pool_u8[idx[r * k:(r + 1) * k]]), axis=1) for r in range(k)]
    big = np.concatenate(rows, axis=0)
    s = int(rng.integers(int(h * min_side), int(h * (max_side or k)) + 1))
    oy, ox = (int(rng.integers(0, h * k - s + 1)) for _ in range(2))
    win = torch.from_numpy(big[oy:oy + s, ox:ox + s].copy()).permute(2, 0, 1)[None].float()
    return F.adaptive_avg_pool2d(win, (h, w))[0].permute(1, 2, 0).round().clamp(0, 255).byte().numpy()

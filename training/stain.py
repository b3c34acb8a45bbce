"""Macenko stain estimation and normalisation (Macenko et al., ISBI 2009), batched in torch.

The same algorithm runs in the extension (src/core/stain-normalise.ts) on the model-size
image before the model, so every step here is chosen to be reproducible there exactly:
optical density with +1 offset, tissue = every channel's OD above BETA, the plane of the two
leading eigenvectors of the OD covariance, the 1st/99th percentiles of the angle in that
plane (linear interpolation, as numpy and torch do), haematoxylin = the vector with the
larger red OD, concentrations by least squares, the 99th percentile of each concentration.

Normalising maps an image's concentrations onto the training stain: C * (max_ref / max_img),
re-coloured with the reference stain vectors.
"""
import torch

IO = 255.0
BETA = 0.15  # OD below this in any channel: background or too pale to tell the stains apart
ALPHA = 1.0  # percentile of the angle used as the extreme stain directions
MIN_TISSUE = 0.02  # below this tissue fraction the image keeps its colours (nothing to estimate)
STRIDE = 2  # the stain is estimated on every STRIDE-th row and column (a quarter of the pixels)


# Ruifrok & Johnston's H and E OD vectors, normalised: the fallback when nothing can be estimated.
REFERENCE_STAINS_DEFAULT = torch.tensor([[0.650, 0.704, 0.286], [0.072, 0.990, 0.105]], dtype=torch.float64)
REFERENCE_STAINS_DEFAULT = REFERENCE_STAINS_DEFAULT / REFERENCE_STAINS_DEFAULT.norm(dim=1, keepdim=True)


def optical_density(x):
    """x: (N, 3, H, W) in [0, 1] → OD (N, 3, H*W) with the +1 offset on 8-bit values."""
    return -torch.log((x.flatten(2) * 255 + 1) / (IO + 1))


def estimate(x, stride=STRIDE, alpha=ALPHA):
    """Stain vectors (N, 2, 3) rows H, E (unit OD vectors), 99th-percentile concentrations
    (N, 2) and tissue fraction (N,) for a batch in [0, 1]. Estimated on every `stride`-th
    row and column (the extension does the same), batched: non-tissue pixels become NaN."""
    od = optical_density(x[:, :, ::stride, ::stride].double())  # (N, 3, P)
    n = od.shape[0]
    mask = (od > BETA).all(1)  # (N, P)
    count = mask.sum(1)
    frac = count.double() / mask.shape[1]
    w = mask.double()
    mean = (od * w[:, None]).sum(2) / count.clamp(min=1)[:, None]
    d = (od - mean[:, :, None]) * w[:, None]
    cov = d @ d.transpose(1, 2) / (count.clamp(min=2) - 1)[:, None, None]
    _, vecs = torch.linalg.eigh(cov)  # ascending eigenvalues
    plane = vecs[:, :, 1:3].flip(2)  # (N, 3, 2), leading first
    plane = plane * torch.where(plane.sum(1, keepdim=True) < 0, -1.0, 1.0)  # point into +OD
    proj = plane.transpose(1, 2) @ od  # (N, 2, P)
    phi = torch.atan2(proj[:, 1], proj[:, 0]).masked_fill(~mask, float("nan"))
    q = torch.tensor([alpha / 100, 1 - alpha / 100], dtype=torch.float64)
    lo, hi = torch.nanquantile(phi, q, dim=1)  # (N,), (N,)
    v1 = (plane @ torch.stack([torch.cos(lo), torch.sin(lo)], 1)[:, :, None])[:, :, 0]
    v2 = (plane @ torch.stack([torch.cos(hi), torch.sin(hi)], 1)[:, :, None])[:, :, 0]
    first = (v1[:, 0] > v2[:, 0])[:, None]
    he = torch.stack([torch.where(first, v1, v2), torch.where(first, v2, v1)], 1)
    he = he / he.norm(dim=2, keepdim=True)
    few = count < 16
    he[few] = REFERENCE_STAINS_DEFAULT
    c = (torch.linalg.pinv(he.transpose(1, 2)) @ od).masked_fill(~mask[:, None], float("nan"))
    maxc = torch.nanquantile(c, 0.99, dim=2)
    maxc[few] = float("nan")
    return he, maxc, frac


def concentrations(x, stains):
    """Least-squares H and E concentrations of every pixel: (N, 2, H*W), float32 (a 3-term
    sum per pixel is much faster than a batched matmul with inner size 3 on CPU)."""
    od = optical_density(x.float())
    pinv = torch.linalg.pinv(stains.transpose(1, 2)).float()  # (N, 2, 3)
    return sum(pinv[:, :, k, None] * od[:, None, k] for k in range(3))


def recolour(c, stains, shape):
    """Concentrations (N, 2, P) and stain vectors (N, 2, 3) → RGB in [0, 1], shape (N, 3, H, W)."""
    s = stains.float()
    od = s[:, 0, :, None] * c[:, 0:1] + s[:, 1, :, None] * c[:, 1:2]  # (N, 3, P)
    rgb = ((IO + 1) * torch.exp(-od) - 1) / 255
    return rgb.clamp(0, 1).reshape(shape)


def normalise(x, target_stains, target_maxc):
    """Macenko normalisation of a batch (N, 3, H, W) in [0, 1] onto the target stain.
    Images with too little tissue to estimate a stain are returned unchanged."""
    stains, maxc, frac = estimate(x)
    c = concentrations(x, stains)
    ok = (frac >= MIN_TISSUE) & torch.isfinite(maxc).all(1) & (maxc > 0).all(1)
    scale = torch.where(ok[:, None], torch.as_tensor(target_maxc, dtype=torch.float64) / maxc.clamp(min=1e-6), 1.0)
    c = c * scale.float()[:, :, None]
    ts = torch.as_tensor(target_stains, dtype=torch.float64).expand(len(x), 2, 3)
    out = recolour(c, ts, x.shape)
    return torch.where(ok[:, None, None, None], out, x.float())


def restain(x, stains_src, stains_dst, scale=None):
    """Re-stain a batch: decompose with its own stain vectors, re-colour with others'
    (N, 2, 3), optionally scaling the concentrations by `scale` (N, 2)."""
    c = concentrations(x, stains_src)
    if scale is not None:
        c = c * scale.float()[:, :, None]
    return recolour(c, stains_dst, x.shape)

"""The reality proxy: LC25000 *validation* groups made to look like other laboratories' slides
in the ways the first shift check missed, reported per kind of shift. It selects models.

Why a second check: the first one (shift_check.py: linear re-staining + shrunk mosaics) read
87.2 % for model 2.0.0 while real other-hospital lung slides read 66 %. Linear re-staining is
what the model had been trained on, and mosaics show seams at exact thirds. Here the styles
come from real slides (the reference table's `check` half: tissue-source sites never used in
training), the changes are not linear, the field of view is arbitrary, and the tissue is airy:

  stain       linear re-staining with a check-half slide's stain vectors (the old check's core)
  histogram   each channel's histogram matched to a window of a real check-half slide (non-linear)
  fourier     the lowest spatial frequencies' amplitude of a real check-half slide (illumination,
              stain density, texture contrast), phase kept
  scanner     blur σ 0.5–1.5 px, sensor noise σ 1–5 /255, JPEG quality 30–70
  field       a window of a 4×4 mosaic at magnification 1/1.2 to 1/2.4, seams anywhere (the range
              the extension feeds the model after its own zoom, src/core/choose-zoom.ts)
  air         alveolar-like air spaces over 30–60 % of the image
  combined    all of the above at once, style by histogram or Fourier at random (the headline)

At most 12 images per validation group (groups weigh alike: one group holds 541 images).
Seeded and fixed before any candidate was scored; the images are cached in training/cache.

    python training/proxy_check.py --data DATA --references-images REFS --run training/runs/NAME
    python training/proxy_check.py ... --exported training/artifacts [--greyscale]
    python training/proxy_check.py ... --ensemble training/artifacts,training/runs/NAME
Writes --out (JSON): per kind accuracy, per-class recall and answers wrong at ≥ 90 %.
"""
import argparse
import json
from pathlib import Path

import numpy as np
import torch

from augment import air_spaces, fourier_style, match_histograms
from data import LABELS, add_check_args, list_images, load_split
from evaluate import load_model
from metrics import fit_temperature, softmax
from model import fold_colour_free
from pipeline import model_predict
from shift import blur, jpeg, mosaic_crop, read_reference_images, read_references, restain_to, scanner
from weights_io import load_exported

KINDS = ("stain", "histogram", "fourier", "scanner", "field", "air", "combined")
PER_GROUP = 12
CONFIDENT = 0.9
MAX_CONFIDENT_WRONG = 0.01


def subset(items, per_group, seed):
    """Indices of at most `per_group` images of each group, seeded."""
    rng = np.random.default_rng(seed)
    by_group = {}
    for i, (_, _, g) in enumerate(items):
        by_group.setdefault(g, []).append(i)
    keep = [j for g in sorted(by_group) for j in rng.permutation(by_group[g])[:per_group]]
    return np.sort(np.array(keep))


def noise(x, sigma, gen):
    return (x + torch.randn(x.shape, generator=gen) * sigma.view(-1, 1, 1, 1)).clamp(0, 1)


def build_kind(kind, x_u8, y, src, pool_u8, pool_y, stains, slides, seed):
    """One kind of shift applied to every image (NHWC uint8 in, NHWC uint8 out)."""
    rng = np.random.default_rng(seed)
    gen = torch.Generator().manual_seed(seed)
    n = len(x_u8)
    u = lambda lo, hi: torch.from_numpy(rng.uniform(lo, hi, n)).float()
    if kind in ("field", "combined"):
        # The image itself and 8 others of its class (validation only), a window 1.2–2.4 tiles wide.
        tiles = np.stack([mosaic_crop(pool_u8, rng.permutation(np.concatenate(
            [[src[i]], rng.choice(np.flatnonzero(pool_y == y[i]), 8)])), 3, rng, 1.2, 2.4) for i in range(n)])
    else:
        tiles = x_u8
    out = np.empty_like(x_u8)
    for s in range(0, n, 64):
        sl = slice(s, s + 64)
        x = torch.from_numpy(tiles[sl].copy()).permute(0, 3, 1, 2).float() / 255
        m = x.shape[0]
        v = lambda lo, hi: u(lo, hi)[sl]
        if kind == "stain":
            pick = torch.from_numpy(rng.integers(0, len(stains[0]), m))
            x = restain_to(x, stains[0], stains[1], pick, scale_noise=0.1, gen=gen)
        if kind == "histogram" or (kind == "combined" and rng.random() < 0.5):
            x = match_histograms(x, slides, gen)
        elif kind in ("fourier", "combined"):
            x = fourier_style(x, slides, 1.0, gen, beta=(0.01, 0.05))
        if kind == "air":
            x = air_dense(x, gen)
        elif kind == "combined":
            x = air_spaces(x, 0.5, gen)
        if kind in ("scanner", "combined"):
            x = blur(x, v(0.5, 1.5))
            x = noise(x, v(1, 5) / 255, gen)
            x = jpeg(x, torch.from_numpy(rng.integers(30, 71, m)))
        if kind in ("histogram", "fourier", "stain", "combined"):
            x = scanner(x, v(0.8, 1.25), v(0.9, 1.1), v(0.85, 1.15), v(0.8, 1.2), v(-0.05, 0.05))
        out[sl] = (x.permute(0, 2, 3, 1) * 255).round().byte().numpy()
    return out


def air_dense(x, gen):
    """Air spaces over 30–60 % of every image (the `air` kind)."""
    from augment import smooth_noise
    n, _, h, w = x.shape
    field = smooth_noise(n, h, 6, gen) + 0.5 * smooth_noise(n, h, 14, gen)
    area = 0.3 + 0.3 * torch.rand(n, generator=gen)
    thr = torch.stack([torch.quantile(field[i].flatten(), 1 - float(area[i])) for i in range(n)])
    mask = torch.sigmoid((field - thr.view(n, 1, 1, 1)) * 8)
    glass = 0.9 + 0.08 * torch.rand(n, 3, 1, 1, generator=gen)
    return x * (1 - mask) + glass * mask


def build(data, split, cache, table, slides_dir, seed=0):
    """{kind: (images, labels)}, cached."""
    path = Path(cache) / "proxy-check.npz"
    if path.exists():
        d = np.load(path)
        return {k: (d[k], d["y"]) for k in KINDS}
    items = list_images(data, split)["val"]
    xva, yva = load_split(data, items, Path(cache) / "val.npz")
    keep = subset(items, PER_GROUP, seed)
    x, y = xva[keep], yva[keep]
    stains = read_references(table, "check")
    slides = read_reference_images(slides_dir, table, "check")
    sets = {k: build_kind(k, x, y, keep, xva, yva, stains, slides, seed + i + 1) for i, k in enumerate(KINDS)}
    np.savez(path, y=y, **sets)
    return {k: (v, y) for k, v in sets.items()}


def report(logits, y, t):
    p = softmax(logits, t)
    pred, conf = p.argmax(1), p.max(1)
    return {"n": int(len(y)), "accuracy": float((pred == y).mean()),
            "confident_wrong": int(((pred != y) & (conf >= CONFIDENT)).sum()),
            "recall": {LABELS[c]: float((pred[y == c] == c).mean()) for c in range(len(LABELS))}}


def load_any(ref):
    """A training run folder (checkpoint.pt) or an exported folder (weights.safetensors)."""
    if (Path(ref) / "checkpoint.pt").exists():
        return fold_colour_free(load_model(ref)[0])
    return load_exported(ref)[0]


def greyscale_u8(x):
    g = (x.astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32)).round().clip(0, 255).astype(np.uint8)
    return np.repeat(g[..., None], 3, axis=3)


def main():
    p = argparse.ArgumentParser()
    g = add_check_args(p)
    p.add_argument("--references-images", required=True, help="the H&E reference slides folder")
    g.add_argument("--ensemble", help="comma-separated runs or exported folders; probabilities averaged")
    p.add_argument("--greyscale", action="store_true", help="feed the model greyscale images (colour removed at inference)")
    p.add_argument("--label", default="")
    p.add_argument("--out", required=True)
    a = p.parse_args()

    sets = build(a.data, a.split, a.cache, a.references, a.references_images)
    refs = (a.ensemble.split(",") if a.ensemble else [a.run or a.exported])
    models = [load_any(r) for r in refs]
    items = list_images(a.data, a.split)["val"]
    xva, yva = load_split(a.data, items, Path(a.cache) / "val.npz")
    prep = greyscale_u8 if a.greyscale else (lambda v: v)

    def logits(x):
        # An ensemble averages probabilities; as logits for the shared reporting, log of the mean.
        ps = [softmax(model_predict(m, prep(x)).numpy(), 1.0) for m in models]
        return np.log(np.mean(ps, 0) + 1e-12)

    lva = logits(xva)
    t = fit_temperature(lva, yva)
    res = {"label": a.label, "models": refs, "greyscale": a.greyscale, "temperature": t,
           "val": report(lva, yva, t), "kinds": {}}
    all_logits = {}
    for k in KINDS:
        x, y = sets[k]
        all_logits[k] = logits(x)
        res["kinds"][k] = report(all_logits[k], y, t)
        print(k, json.dumps(res["kinds"][k]), flush=True)
    shifted = [res["kinds"][k]["accuracy"] for k in KINDS]
    res["mean_accuracy"] = float(np.mean(shifted))
    # The temperature for inputs the extension flags as unlike the training images: at least the
    # validation one, raised until at most 1 % of all proxy answers are wrong at >= 90 %.
    lsh = np.concatenate([all_logits[k] for k in KINDS])
    ysh = np.concatenate([sets[k][1] for k in KINDS])
    ts = t
    while report(lsh, ysh, ts)["confident_wrong"] > MAX_CONFIDENT_WRONG * len(ysh) and ts < 20:
        ts = round(ts + 0.05, 4)
    res["shift_temperature"] = ts
    res["confident_wrong_at_shift_temperature"] = {k: report(all_logits[k], sets[k][1], ts)["confident_wrong"] for k in KINDS}
    Path(a.out).write_text(json.dumps(res, indent=2) + "\n")
    print(json.dumps({"label": a.label, "val": res["val"]["accuracy"], "mean": res["mean_accuracy"],
                      "combined": res["kinds"]["combined"]["accuracy"]}))


if __name__ == "__main__":
    main()

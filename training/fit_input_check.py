"""Fits what the input check learns from data, from training data only (docs/INPUT_CHECK.md):

1. **Stain family** — which stain vectors count as haematoxylin and eosin. Macenko vectors
   (stain.py, the extension's port is bit-compatible) of every LC25000 *training* image,
   reduced to k-means centres, plus the stains of the other laboratories' slides in the
   *augment* half of the stain table (the 16 `check` slides stay out). Estimated for the check
   as the extension does (`ESTIMATE`): the 224-px input averaged over 2×2 blocks and the 5th
   and 95th percentile angles, so that dithering (GIF palettes) and JPEG noise, which Macenko's
   1 % extremes pick up, do not move the vectors. An input whose H
   or E vector is farther from every known one than `maxAngle` is refused as not H&E.
   `maxAngle` = FACTOR × the largest leave-one-laboratory-out distance: how far a
   laboratory the fit has not seen lies from the ones it has, with room to spare.
   `unlikeAbove` (in units of `maxAngle`) is the 99.5th percentile of that distance on LC25000
   *validation* images: an input the rule accepts but whose stain lies farther from every known
   H&E stain is flagged "unlike the H&E images the model was trained on", like the feature score.
2. **Feature score** — Mahalanobis distance of the model's pooled features (probabilistic
   PCA: COMPONENTS directions plus an isotropic rest) to the training images' features.
   `unlikeAbove` is the 99.5th percentile on *validation* images. It says "unlike the H&E
   images the model was trained on"; it is not used to refuse (other organs and other
   laboratories' H&E are as far as non-H&E images: docs/INPUT_CHECK.md).

    npx vite-node -c scripts/node.config.ts scripts/trust/extract-features.ts -- --splits train,val
    python training/fit_input_check.py --data $DATA --references $REFS   # → training/artifacts/input-check-fit.json
    (--keep-feature-score: refit the stain family only, keeping the file's feature score)
    npm run build:model                                  # copies it into model/metadata.json
"""
import argparse
import base64
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
CENTRES = 32
FACTOR = 3.0
COMPONENTS = 32
UNLIKE_PERCENTILE = 99.5
SEED = 0
ESTIMATE = {"pool": 2, "alpha": 2.0, "stride": 1}


def stain_vectors(x, batch=256):
    """H and E vectors of 224-px RGB uint8 images (N, 224, 224, 3) as the check estimates them."""
    out = []
    for s in range(0, len(x), batch):
        b = torch.from_numpy(x[s:s + batch]).permute(0, 3, 1, 2).float() / 255
        b = torch.nn.functional.avg_pool2d(b, ESTIMATE["pool"])
        out.append(estimate(b, stride=ESTIMATE["stride"], alpha=ESTIMATE["alpha"])[0].numpy())
    return np.concatenate(out)  # (N, 2, 3) rows H, E


def reference_slides(folder):
    """The augment half of the stain table, re-measured as the extension sees a whole slide image:
    area-resized to 224 px, then estimated like every other input."""
    rows = [r for r in csv.DictReader(open(HERE / "artifacts" / "stain-references.csv")) if r["half"] == "augment"]
    x = np.stack([np.asarray(Image.open(Path(folder) / f"{r['slide']}.jpg").convert("RGB").resize((224, 224), Image.BOX)) for r in rows])
    he = stain_vectors(x)
    return [(r["slide"], r["site"], he[i, 0], he[i, 1]) for i, r in enumerate(rows)]


def kmeans_directions(v, k, rng, iters=50):
    """Spherical k-means: centres of unit vectors (N, 3)."""
    centres = v[rng.choice(len(v), k, replace=False)]
    for _ in range(iters):
        assign = (v @ centres.T).argmax(1)
        for j in range(k):
            members = v[assign == j]
            if len(members):
                c = members.sum(0)
                centres[j] = c / np.linalg.norm(c)
    return centres


def nearest_angle(v, known):
    return float(np.arccos(np.clip(np.abs(known @ v), 0, 1)).min())


def family_ratio(he, family):
    """Each image's larger of its H and E angles to the nearest known vector, in units of maxAngle."""
    known = [np.array(family[n]) for n in ("haematoxylin", "eosin")]
    return np.array([max(nearest_angle(v[s], known[s]) / family["maxAngle"][s] for s in range(2)) for v in he])


def fit_stain_family(train_he, table, rng):
    family, report = {}, {}
    for s, name in enumerate(["haematoxylin", "eosin"]):
        centres = kmeans_directions(train_he[:, s].copy(), CENTRES, rng)
        slides = np.array([t[2 + s] for t in table])
        sites = [t[1] for t in table]
        loso = []
        for i in range(len(slides)):  # leave out every slide of that laboratory (site)
            others = np.array([slides[j] for j in range(len(slides)) if sites[j] != sites[i]])
            loso.append(nearest_angle(slides[i], np.concatenate([centres, others])))
        family[name] = np.concatenate([centres, slides]).round(5).tolist()
        report[name] = {"leaveOneLaboratoryOutMax": max(loso), "leaveOneLaboratoryOutMedian": float(np.median(loso))}
    family["estimate"] = ESTIMATE
    family["maxAngle"] = [round(FACTOR * report[n]["leaveOneLaboratoryOutMax"], 5) for n in ["haematoxylin", "eosin"]]
    return family, report


def f32_base64(a):
    return base64.b64encode(np.ascontiguousarray(a, dtype="<f4").tobytes()).decode()


def fit_feature_score(train, val):
    mean = train.mean(0)
    cov = np.cov(train - mean, rowvar=False)
    w, v = np.linalg.eigh(cov)
    w, v = w[::-1], v[:, ::-1]
    comps, var, rest = v[:, :COMPONENTS].T, w[:COMPONENTS], float(w[COMPONENTS:].mean())

    def distance(x):
        d = x - mean
        p = d @ comps.T
        return (p ** 2 / var).sum(1) + ((d ** 2).sum(1) - (p ** 2).sum(1)) / rest

    dv = distance(val)
    params = {
        "layer": "pool", "encoding": "float32le-base64", "dimensions": int(train.shape[1]),
        "mean": f32_base64(mean), "components": f32_base64(comps), "variances": f32_base64(var),
        "restVariance": rest, "unlikeAbove": round(float(np.percentile(dv, UNLIKE_PERCENTILE)), 3),
    }
    return params, {"validationPercentiles": {str(q): float(np.percentile(dv, q)) for q in (50, 90, 99, 99.5, 100)}}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.environ.get("LC25000_LUNG"))
    ap.add_argument("--cache", default=str(HERE / "cache"))
    ap.add_argument("--references", required=True, help="the other laboratories' H&E JPEGs (stain table slides)")
    ap.add_argument("--out", default=str(HERE / "artifacts" / "input-check-fit.json"))
    ap.add_argument("--keep-feature-score", action="store_true", help="keep the feature score already in --out (no features extracted)")
    args = ap.parse_args()
    rng = np.random.default_rng(SEED)
    xtr, _ = load_split(args.data, list_images(args.data, HERE / "split.csv")["train"], Path(args.cache) / "train.npz")
    family, family_report = fit_stain_family(stain_vectors(xtr), reference_slides(args.references), rng)
    xval, _ = load_split(args.data, list_images(args.data, HERE / "split.csv")["val"], Path(args.cache) / "val.npz")
    val_ratio = family_ratio(stain_vectors(xval), family)
    family["unlikeAbove"] = round(float(np.percentile(val_ratio, UNLIKE_PERCENTILE)), 4)
    family_report["validationRatioPercentiles"] = {str(q): float(np.percentile(val_ratio, q)) for q in (50, 90, 99, 99.5, 100)}
    if args.keep_feature_score:
        kept = json.loads(Path(args.out).read_text())
        score, score_report, model = kept["featureScore"], kept["fit"]["featureScore"], kept["model"]
    else:
        feats = {s: np.fromfile(Path(args.cache) / f"features-{s}.f32", dtype="<f4").reshape(-1, 320).astype(np.float64) for s in ("train", "val")}
        if len(feats["train"]) != len(xtr):
            raise SystemExit("features-train.f32 does not match the training split: rerun extract-features.ts")
        score, score_report = fit_feature_score(feats["train"], feats["val"])
        shipped = json.loads((HERE.parent / "model" / "metadata.json").read_text())  # the model the features came from
        model = {"version": shipped["version"], "weightsSha256": [w["sha256"] for w in shipped["weights"]]}
    out = {
        "model": model,
        "stainFamily": family,
        "featureScore": score,
        "fit": {"seed": SEED, "centres": CENTRES, "factor": FACTOR, "components": COMPONENTS,
                "unlikePercentile": UNLIKE_PERCENTILE, "trainImages": len(xtr), "validationImages": len(xval),
                "stainFamily": family_report, "featureScore": score_report},
    }
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n")
    print(json.dumps({"maxAngle": family["maxAngle"], "stainUnlikeAbove": family["unlikeAbove"], **family_report, "unlikeAbove": score["unlikeAbove"]}, indent=1))


if __name__ == "__main__":
    main()

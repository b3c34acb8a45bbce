"""Fits the temperature on validation data and reports metrics on the group-held-out test split.

    python training/evaluate.py --data /path/to/lc25000-lung --run training/runs/main
Writes <run>/metrics.json.
"""
import argparse
import os
import json
from pathlib import Path

import torch

from data import LABELS, list_images, load_split
from metrics import classification_report, fit_temperature, softmax
from model import ConvNeXt
from pipeline import model_predict

HERE = Path(__file__).parent
PATH_ARGS = ("data", "split", "cache", "out", "device", "threads", "init", "init_exported", "references")


def load_model(run):
    ck = torch.load(Path(run) / "checkpoint.pt", map_location="cpu")
    cfg = dict(ck["config"], drop_path=0.0)
    model = ConvNeXt(**cfg).to(memory_format=torch.channels_last)
    model.load_state_dict(ck["ema"])
    return model.eval(), ck


def tta_logits(model, x_u8, normalise=False):
    """Mean logits over the 8 flips/rotations (reported, not shipped by default)."""
    total = 0
    for flip in (False, True):
        for k in range(4):
            xv = x_u8[:, :, ::-1] if flip else x_u8
            xv = torch.from_numpy(xv.copy()).rot90(k, (1, 2)).contiguous().numpy()
            total = total + model_predict(model, xv, normalise).numpy()
    return total / 8


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", default=os.environ.get("LC25000_LUNG"), required="LC25000_LUNG" not in os.environ, help="the LC25000 lung folder (or set LC25000_LUNG)")
    p.add_argument("--split", default=str(HERE / "split.csv"))
    p.add_argument("--cache", default=str(HERE / "cache"))
    p.add_argument("--run", default=str(HERE / "runs" / "latest"))
    p.add_argument("--tta", action="store_true")
    p.add_argument("--normalise", choices=["run", "on", "off"], default="run",
                   help="stain-normalise inputs as the run was trained (default), or force on/off (inference-only normalisation)")
    a = p.parse_args()
    model, ck = load_model(a.run)
    items = list_images(a.data, a.split)
    xva, yva = load_split(a.data, items["val"], Path(a.cache) / "val.npz")
    xte, yte = load_split(a.data, items["test"], Path(a.cache) / "test.npz")
    normalise = bool(ck["args"].get("normalise")) if a.normalise == "run" else a.normalise == "on"
    lva = model_predict(model, xva, normalise).numpy()
    lte = model_predict(model, xte, normalise).numpy()
    t = fit_temperature(lva, yva)
    out = dict(temperature=t, normalise=normalise,
               val=classification_report(softmax(lva, t), yva, LABELS),
               test_uncalibrated=classification_report(softmax(lte), yte, LABELS),
               test=classification_report(softmax(lte, t), yte, LABELS),
               # Hyperparameters only: paths are machine-specific.
               train_args={k: v for k, v in ck["args"].items() if k not in PATH_ARGS}, train_log=ck["log"])
    if a.tta:
        out["test_tta8"] = classification_report(softmax(tta_logits(model, xte, normalise), t), yte, LABELS)
    # Which source groups the test errors come from (they cluster in a few originals).
    pred = lte.argmax(1)
    errs = {}
    for (path, label, group), pr in zip(items["test"], pred):
        if LABELS[pr] != LABELS[label]:
            errs[group] = errs.get(group, 0) + 1
    out["test_errors_by_group"] = dict(sorted(errs.items(), key=lambda kv: -kv[1]))
    (Path(a.run) / "metrics.json").write_text(json.dumps(out, indent=2))
    te = out["test"]
    print(f"T={t:.3f} test acc {te['accuracy']:.4f} macro-F1 {te['macro_f1']:.4f} "
          f"ECE {out['test_uncalibrated']['ece_15']:.4f} -> {te['ece_15']:.4f}")
    if a.tta:
        print(f"TTA8 acc {out['test_tta8']['accuracy']:.4f}")


if __name__ == "__main__":
    main()

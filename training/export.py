"""Exports a trained run for the TypeScript model builder and the parity tests.

    python training/export.py --data /path/to/lc25000-lung --run training/runs/main

Writes
  training/artifacts/weights.safetensors  trained EMA weights, float32, Keras-style layout
  training/artifacts/export.json          architecture, temperature, metrics, provenance
  tests/fixtures/tissue/*.jpg|*.png       4 test-split images per class (original JPEG bytes
                                          and the decoded pixels as lossless PNG)
  tests/fixtures/tissue/reference.json    PyTorch logits for each PNG (the parity target)
Python writes weights and references only; the TF.js model is built in TypeScript.
"""
import argparse
import os
import json
import random
import shutil
import struct
import subprocess
from pathlib import Path

import numpy as np
import torch
from PIL import Image

from data import LABELS, list_images
from evaluate import load_model
from model import MEAN, STD, fold_colour_free
from pipeline import normalisation_params, prepare

HERE = Path(__file__).parent
ROOT = HERE.parent
DISPLAY = ["Adenocarcinoma", "Benign tissue", "Squamous cell carcinoma"]
# The model version an --init-exported run continued (its weights are in git history; see training/README.md).
INIT_EXPORTED_VERSION = "1.1.0"


def keras_layout(sd, cfg):
    """PyTorch state dict → Keras-style names and layouts (HWIO convs, in×out dense)."""
    conv = lambda w: w.permute(2, 3, 1, 0)  # (O,I,H,W) → (H,W,I,O); depthwise: (C,1,7,7) → (7,7,1,C)
    out = {"normalization/mean": torch.tensor(MEAN), "normalization/variance": torch.tensor(STD) ** 2,
           "stem/conv/kernel": conv(sd["stem.0.weight"]), "stem/conv/bias": sd["stem.0.bias"],
           "stem/norm/gamma": sd["stem.1.weight"], "stem/norm/beta": sd["stem.1.bias"],
           "head/norm/gamma": sd["head_norm.weight"], "head/norm/beta": sd["head_norm.bias"],
           "head/dense/kernel": sd["head.weight"].t(), "head/dense/bias": sd["head.bias"]}
    for i in range(1, 4):
        d = f"downsample.{i - 1}"
        out[f"downsample{i}/norm/gamma"] = sd[f"{d}.0.weight"]
        out[f"downsample{i}/norm/beta"] = sd[f"{d}.0.bias"]
        out[f"downsample{i}/conv/kernel"] = conv(sd[f"{d}.1.weight"])
        out[f"downsample{i}/conv/bias"] = sd[f"{d}.1.bias"]
    for s, depth in enumerate(cfg["depths"]):
        for b in range(depth):
            p, q = f"stages.{s}.{b}", f"stage{s}/block{b}"
            out[f"{q}/dwconv/kernel"] = conv(sd[f"{p}.dwconv.weight"])
            out[f"{q}/dwconv/bias"] = sd[f"{p}.dwconv.bias"]
            out[f"{q}/norm/gamma"] = sd[f"{p}.norm.weight"]
            out[f"{q}/norm/beta"] = sd[f"{p}.norm.bias"]
            out[f"{q}/pw1/kernel"] = sd[f"{p}.pwconv1.weight"].t()
            out[f"{q}/pw1/bias"] = sd[f"{p}.pwconv1.bias"]
            out[f"{q}/pw2/kernel"] = sd[f"{p}.pwconv2.weight"].t()
            out[f"{q}/pw2/bias"] = sd[f"{p}.pwconv2.bias"]
            out[f"{q}/layer_scale"] = sd[f"{p}.gamma"]
    return {k: v.detach().float().contiguous().numpy() for k, v in out.items()}


def write_safetensors(path, tensors):
    header, blobs, offset = {}, [], 0
    for name in sorted(tensors):
        data = np.ascontiguousarray(tensors[name], dtype="<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(tensors[name].shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    h = json.dumps(header, separators=(",", ":")).encode()
    h += b" " * (-len(h) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)) + h + b"".join(blobs))


def command_line(args):
    """The train.py command of a run, run folders relative to the repository, other paths left
    out; on/off flags appear only when on."""
    skip = ("data", "split", "cache", "device", "threads", "references")
    run_dir = {"out": lambda v: f"training/runs/{Path(v).name}",
               "init": lambda v: f"training/runs/{Path(v).parent.name}/checkpoint.pt",
               # Exported weights that were continued: kept in a runs/ folder named for the model.
               "init_exported": lambda v: f"training/runs/model-{INIT_EXPORTED_VERSION}"}
    flag = lambda k: f"--{k.replace('_', '-')}"
    return "python training/train.py " + " ".join(
        flag(k) if v is True else f"{flag(k)} {run_dir.get(k, str)(v)}"
        for k, v in args.items() if k not in skip and v != "" and v is not False)


def run_stages(ck):
    """This run and the runs its --init continues, oldest first. Checkpoints record their
    lineage; older ones only name their --init file (relative to training/ or absolute)."""
    stages = ck.get("lineage", []) + [ck]
    if "exported" in stages[0]:  # continued from exported weights: their stages are recorded
        return stages
    init = stages[0]["args"].get("init")
    if not init:
        return stages
    path = Path(init) if Path(init).is_absolute() or Path(init).exists() else HERE / init
    return run_stages(torch.load(path, map_location="cpu")) + stages


def pick_fixtures(items, per_class, seed):
    """per_class images from distinct test groups of each class, chosen by a seeded draw."""
    rng = random.Random(seed)
    chosen = []
    for c in range(len(LABELS)):
        by_group = {}
        for path, label, group in items:
            if label == c:
                by_group.setdefault(group, []).append(path)
        for g in rng.sample(sorted(by_group), per_class):
            chosen.append((rng.choice(sorted(by_group[g])), c, g))
    return chosen


def set_shift_temperature(export_path, proxy_path):
    """The reality proxy chooses the shift temperature; the weights and their fixtures stay as exported."""
    export = json.loads(export_path.read_text())
    pc = json.loads(proxy_path.read_text())
    export["shiftTemperature"] = pc["shift_temperature"]
    export["metrics"]["proxy_check"] = pc
    export["training"]["proxyCheckRun"] = proxy_path.stem.removeprefix("proxy-check-")
    export_path.write_text(json.dumps(export, indent=2))
    print(f"shift temperature {pc['shift_temperature']} from {proxy_path} → {export_path}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", default=os.environ.get("LC25000_LUNG"), required="LC25000_LUNG" not in os.environ, help="the LC25000 lung folder (or set LC25000_LUNG)")
    p.add_argument("--split", default=str(HERE / "split.csv"))
    p.add_argument("--run", default=str(HERE / "runs" / "latest"))
    p.add_argument("--per-class", type=int, default=4)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--shift-check", default="", help="the shift-check results of this model (default: <run>/shift-check.json)")
    p.add_argument("--proxy-check", default="", help="the reality-proxy results of this model (training/proxy_check.py)")
    p.add_argument("--shift-only", action="store_true",
                   help="keep the exported weights and fixtures; only set the shift temperature from --proxy-check")
    a = p.parse_args()
    if a.shift_only:
        set_shift_temperature(HERE / "artifacts" / "export.json", Path(a.proxy_check))
        return
    model, ck = load_model(a.run)
    # A colour-free model ships as an ordinary RGB model: its luminance step folds into the stem.
    model = fold_colour_free(model)
    metrics = json.loads((Path(a.run) / "metrics.json").read_text())
    art = HERE / "artifacts"
    art.mkdir(exist_ok=True)
    write_safetensors(art / "weights.safetensors", keras_layout(model.state_dict(), ck["config"]))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    cfg = ck["config"]
    export = {
        "architecture": {"inputSize": 224, "dims": cfg["dims"], "depths": cfg["depths"], "stemSize": cfg["stem"],
                         "numClasses": 3, "epsilon": 1e-6,
                         "activation": {"sigmoid": "sigmoid_gelu", "tanh": "gelu_new", "none": "gelu"}[cfg["gelu"]]},
        "labels": LABELS, "displayNames": DISPLAY, "temperature": metrics["temperature"],
        # What the extension must do before the model, as this run was trained.
        "preprocessing": {"stainNormalisation": normalisation_params() if metrics.get("normalise", ck["args"].get("normalise")) else None,
                          # The training stain, to tell how far an input's stain is from it (without normalising).
                          "stainReference": normalisation_params(),
                          "scaleAugmentation": bool(ck["args"].get("mosaic"))},
        "parameters": sum(v.numel() for v in model.parameters()),
        "training": {"command": command_line(ck["args"]),
                     # Runs started with --init continue earlier runs: every stage, oldest first.
                     # (per-epoch logs: training/artifacts/train-*.log; the last stage's below).
                     "stages": [s["exported"] if "exported" in s else
                                {"command": command_line(s["args"]), "epochs": len(s["log"]),
                                 "minutes": round(s["log"][-1]["minutes"], 1),
                                 "final_val_acc_ema": s["log"][-1].get("val_acc_ema")}
                                for s in run_stages(ck)],
                     "data_split": "training/split.csv (70/15/15 of groups per class, seed 0)",
                     # Which training/artifacts/shift-check-<run>.json describes this model.
                     "shiftCheckRun": Path(a.shift_check).stem.removeprefix("shift-check-") if a.shift_check else Path(a.run).name,
                     "commit": commit, "epochs_log": ck["log"]},
        "metrics": {k: metrics[k] for k in ("test", "test_uncalibrated", "val") if k in metrics}
                   | ({"test_tta8": metrics["test_tta8"]} if "test_tta8" in metrics else {}),
    }
    shift = Path(a.shift_check) if a.shift_check else Path(a.run) / "shift-check.json"
    if shift.exists():
        sc = json.loads(shift.read_text())
        export["shiftTemperature"] = sc["shift_temperature"]
        export["metrics"]["shift_check"] = sc
    (art / "export.json").write_text(json.dumps(export, indent=2))
    if a.proxy_check:  # the reality proxy sets the shift temperature when given (harder than the shift check)
        set_shift_temperature(art / "export.json", Path(a.proxy_check))

    fx = ROOT / "tests" / "fixtures" / "tissue"
    if fx.exists():
        shutil.rmtree(fx)
    fx.mkdir(parents=True)
    refs = []
    for path, c, group in pick_fixtures(list_images(a.data, a.split)["test"], a.per_class, a.seed):
        stem = f"{LABELS[c]}-{Path(path).stem}"
        shutil.copyfile(Path(a.data) / path, fx / f"{stem}.jpg")
        rgb = np.asarray(Image.open(Path(a.data) / path).convert("RGB"))
        Image.fromarray(rgb).save(fx / f"{stem}.png")
        with torch.no_grad():
            x = torch.from_numpy(rgb.copy()).permute(2, 0, 1)[None].float() / 255
            logits = model(prepare(x, bool(metrics.get("normalise", ck["args"].get("normalise")))))[0].double().numpy()
        refs.append({"png": f"{stem}.png", "jpg": f"{stem}.jpg", "label": LABELS[c], "group": group,
                     "source": path, "logits": logits.tolist()})
    (fx / "reference.json").write_text(json.dumps({"framework": f"pytorch {torch.__version__}", "images": refs}, indent=2))
    print(f"exported {len(refs)} fixtures; weights → {art / 'weights.safetensors'}")


if __name__ == "__main__":
    main()

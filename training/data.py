"""Loads LC25000-lung into uint8 NHWC arrays per split, cached as .npy for fast reruns."""
import csv
import os
from pathlib import Path

import numpy as np
from PIL import Image

LABELS = ["adenocarcinoma", "benign", "squamous_cell_carcinoma"]



def add_check_args(p):
    """The arguments the shift check and the reality proxy share: data, split, caches, stain table, model."""
    here = Path(__file__).resolve().parent
    p.add_argument("--data", default=os.environ.get("LC25000_LUNG"), required="LC25000_LUNG" not in os.environ)
    p.add_argument("--split", default=str(here / "split.csv"))
    p.add_argument("--cache", default=str(here / "cache"))
    p.add_argument("--references", default=str(here / "artifacts" / "stain-references.csv"))
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--run")
    g.add_argument("--exported")
    return g


def read_split(split_csv):
    with open(split_csv) as f:
        return {r["group"]: r["split"] for r in csv.DictReader(f)}


def list_images(data_dir, split_csv):
    """Returns {split: [(relative path, class index, group)]}, sorted by path."""
    splits = read_split(split_csv)
    out = {"train": [], "val": [], "test": []}
    with open(Path(data_dir) / "groups.csv") as f:
        for r in csv.DictReader(f):
            out[splits[r["group"]]].append((r["path"], LABELS.index(r["label"]), r["group"]))
    for v in out.values():
        v.sort()
    return out


def load_split(data_dir, items, cache_file, size=224):
    cache = Path(cache_file)
    if cache.exists():
        d = np.load(cache)
        return d["x"], d["y"]
    x = np.empty((len(items), size, size, 3), np.uint8)
    for i, (path, _, _) in enumerate(items):
        img = Image.open(Path(data_dir) / path).convert("RGB")
        if img.size != (size, size):
            img = img.resize((size, size), Image.BILINEAR)
        x[i] = np.asarray(img)
    y = np.array([c for _, c, _ in items], np.int64)
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez(cache, x=x, y=y)
    return x, y

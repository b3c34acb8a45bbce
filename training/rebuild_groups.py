"""Rebuild the near-copy grouping of LC25000-lung (groups.csv) from the images alone.

LC25000 made ~20 copies of each original by rotation (up to 25°) and flips. Rotation and
flipping move pixels but keep the colour content, so copies of one original have almost
the same colour histogram while different originals rarely do. Per class:

1. an 8×8×8-bin RGB histogram of every image, normalised to sum 1;
2. Hellinger distance between every pair (Euclidean distance of the square roots);
3. images closer than --threshold are linked; groups are the connected components
   (single linkage: a chain of near-copies is one group, which only makes splits stricter);
4. groups are numbered <folder>-g000, g001, ... in order of their first image by path,
   as in the shared groups.csv.

    python training/rebuild_groups.py --data $DATA --out /tmp/groups.csv
    python training/rebuild_groups.py --data $DATA --compare        # against $DATA/groups.csv

--compare prints how far the rebuilt grouping agrees with the shared one (pairs of
images put together by both, adjusted Rand index) and, what decides whether a reported
"group-held-out" number is held out, how many images of training/split.csv's test and
validation splits the rebuilt grouping links to an image in another split.
"""
import argparse
import csv
import os
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from PIL import Image

FOLDERS = {"lung_aca": "adenocarcinoma", "lung_n": "benign", "lung_scc": "squamous_cell_carcinoma"}


def histogram(path: Path) -> np.ndarray:
    rgb = np.asarray(Image.open(path).convert("RGB"))
    q = (rgb // 32).astype(np.int32)
    h = np.bincount((q[..., 0] * 64 + q[..., 1] * 8 + q[..., 2]).ravel(), minlength=512)
    return (h / h.sum()).astype(np.float32)


def components(n: int, edges: np.ndarray) -> np.ndarray:
    parent = np.arange(n)

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in edges:
        a, b = root(i), root(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return np.array([root(i) for i in range(n)])


def group_folder(data: Path, folder: str, threshold: float) -> list[tuple[str, str]]:
    """(path, group) for every image of one class folder, paths sorted as strings."""
    paths = sorted(f"{folder}/{p.name}" for p in (data / folder).iterdir() if p.suffix.lower() in (".jpeg", ".jpg", ".png"))
    roots = np.sqrt(np.stack([histogram(data / p) for p in paths]))
    edges = []
    for start in range(0, len(paths), 256):  # blocks: the full distance matrix of 4,000+ images is large
        block = roots[start:start + 256]
        d = np.sqrt(np.maximum(0, (block ** 2).sum(1)[:, None] + (roots ** 2).sum(1)[None, :] - 2 * block @ roots.T))
        i, j = np.nonzero(d < threshold)
        keep = start + i < j
        edges.append(np.stack([start + i[keep], j[keep]], 1))
    comp = components(len(paths), np.concatenate(edges))
    names: dict[int, str] = {}
    for c in comp:  # numbered by first appearance in path order
        names.setdefault(int(c), f"{folder}-g{len(names):03d}")
    return [(p, names[int(c)]) for p, c in zip(paths, comp)]


def pair_agreement(a: list[str], b: list[str]) -> dict[str, float]:
    pairs = lambda counts: sum(v * (v - 1) / 2 for v in counts.values())
    both, pa, pb, n = pairs(Counter(zip(a, b))), pairs(Counter(a)), pairs(Counter(b)), len(a)
    expected = pa * pb / (n * (n - 1) / 2)
    return {
        "together_in_both_over_rebuilt": both / pa,
        "together_in_both_over_shared": both / pb,
        "adjusted_rand": (both - expected) / ((pa + pb) / 2 - expected),
    }


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--data", default=os.environ.get("LC25000_LUNG"), required="LC25000_LUNG" not in os.environ)
    p.add_argument("--threshold", type=float, default=0.13, help="Hellinger distance below which two images are near-copies")
    p.add_argument("--out", help="write path,label,group here")
    p.add_argument("--compare", action="store_true", help="compare with <data>/groups.csv and training/split.csv")
    a = p.parse_args()
    data = Path(a.data)
    rows = [(path, FOLDERS[folder], group) for folder in FOLDERS for path, group in group_folder(data, folder, a.threshold)]
    if a.out:
        with open(a.out, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["path", "label", "group"])
            w.writerows(rows)
    if a.compare:
        shared = {r["path"]: r["group"] for r in csv.DictReader(open(data / "groups.csv"))}
        split = {r["group"]: r["split"] for r in csv.DictReader(open(Path(__file__).with_name("split.csv")))}
        assert sorted(shared) == sorted(r[0] for r in rows), "the shared groups.csv lists other images than the folders hold"
        for folder in FOLDERS:
            mine = [g for path, _, g in rows if path.startswith(folder + "/")]
            theirs = [shared[path] for path, _, _ in rows if path.startswith(folder + "/")]
            stats = ", ".join(f"{k} {v:.3f}" for k, v in pair_agreement(mine, theirs).items())
            print(f"{folder}: {len(set(mine))} rebuilt groups, {len(set(theirs))} shared; {stats}")
        mine = [g for _, _, g in rows]
        print("identical partition:", sorted(Counter(zip(mine, (shared[p] for p, _, _ in rows))).values()) == sorted(Counter(mine).values()) and len(set(mine)) == len(set(shared.values())))
        splits_of = defaultdict(set)
        for path, _, g in rows:
            splits_of[g].add(split[shared[path]])
        for s in ("test", "val"):
            held = [g for path, _, g in rows if split[shared[path]] == s]
            crossing = sum(1 for g in held if len(splits_of[g]) > 1)
            print(f"{s} split: {len(held)} images, {crossing} of them linked by the rebuilt grouping to an image in another split")


if __name__ == "__main__":
    main()

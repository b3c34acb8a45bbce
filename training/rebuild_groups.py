"""Rebuild the near-copy grouping of LC25000-lung (groups.csv) from the images alone.

LC25000 made ~20 copies of each original by rotation (up to 25°) and flips. Rotation and
flipping move pixels but keep the colour content, so copies of one original have almost
the same colour histogram while different originals rarely do. Per class:

1. a colour histogram of every image (default: 8×8×8-bin RGB), normalised to sum 1;
2. a distance between every pair (default: Hellinger, here the Euclidean distance of the square roots,
   √2 × the textbook definition);
3. agglomerative clustering cut at a threshold (default: single linkage at 0.13, i.e. the
   connected components of "closer than 0.13": a chain of near-copies is one group, which
   only makes splits stricter);
4. groups are numbered <folder>-g000, g001, ... in order of their first image by path,
   as in the shared groups.csv.

    python training/rebuild_groups.py --data $DATA --out /tmp/groups.csv
    python training/rebuild_groups.py --data $DATA --compare        # against $DATA/groups.csv
    python training/rebuild_groups.py --data $DATA --sweep          # → training/artifacts/rebuild-groups.json

--compare prints how far the rebuilt grouping agrees with the shared one (pairs of
images put together by both, adjusted Rand index, groups reproduced exactly) and, what
decides whether a reported "group-held-out" number is held out, how many images of
training/split.csv's test and validation splits the rebuilt grouping links to an image in
another split.

--sweep runs every attempt in ATTEMPTS (histogram × distance × linkage), each at the
threshold that agrees best with the shared grouping (a threshold fitted to the target, so
the best figure is an upper bound for that attempt), and writes the results file that
training/README.md quotes (tests/node/docs-blocks.test.ts keeps them equal), with
a "structure" section: how the shared groups look under the default measure (longest link
inside a group, shortest link between groups, images whose nearest image shares their group),
which says why no single threshold reproduces them (--structure recomputes only that section).
Histograms are cached in training/cache/ (git-ignored); the sweep takes about 15 minutes on
two CPU cores, most of it chi² and L1.
"""
import argparse
import csv
import json
import os
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from PIL import Image

FOLDERS = {"lung_aca": "adenocarcinoma", "lung_n": "benign", "lung_scc": "squamous_cell_carcinoma"}
HERE = Path(__file__).parent

# (histogram, distance, linkage); the first is the default. Histograms: rgbN = N×N×N joint RGB
# bins; marginalN = N bins per channel, concatenated; hsvN = N×N×N joint HSV; greyN = N grey bins.
ATTEMPTS = [
    ("rgb8", "hellinger", "single"),
    ("rgb8", "bhattacharyya", "single"),
    ("rgb8", "correlation", "single"),
    ("rgb8", "hellinger", "average"),
    ("rgb8", "hellinger", "complete"),
    ("rgb4", "hellinger", "single"),
    ("rgb16", "hellinger", "single"),
    ("marginal32", "hellinger", "single"),
    ("marginal256", "hellinger", "single"),
    ("hsv8", "hellinger", "single"),
    ("grey32", "hellinger", "single"),
    ("rgb8", "chi2", "single"),  # the slow ones (a full pass over the bins per pair) last
    ("rgb8", "l1", "single"),
]


def histogram(rgb: np.ndarray, kind: str) -> np.ndarray:
    """Unnormalised histogram of one H×W×3 uint8 image."""
    n = int("".join(c for c in kind if c.isdigit()))
    if kind.startswith("rgb") or kind.startswith("hsv"):
        if kind.startswith("hsv"):
            rgb = np.asarray(Image.fromarray(rgb).convert("HSV"))
        q = rgb.astype(np.int32) * n // 256
        return np.bincount(((q[..., 0] * n + q[..., 1]) * n + q[..., 2]).ravel(), minlength=n ** 3)
    if kind.startswith("marginal"):
        q = rgb.astype(np.int32) * n // 256
        return np.concatenate([np.bincount(q[..., c].ravel(), minlength=n) for c in range(3)])
    if kind.startswith("grey"):
        grey = np.asarray(Image.fromarray(rgb).convert("L")).astype(np.int32)
        return np.bincount((grey * n // 256).ravel(), minlength=n)
    raise ValueError(kind)


def image_paths(data: Path, folder: str) -> list[str]:
    return sorted(f"{folder}/{p.name}" for p in (data / folder).iterdir() if p.suffix.lower() in (".jpeg", ".jpg", ".png"))


def histograms(data: Path, folder: str, kind: str, cache: Path | None) -> np.ndarray:
    """Normalised histograms of a class folder (paths sorted as strings), cached by folder and kind."""
    paths = image_paths(data, folder)
    file = cache / f"rebuild-groups-{folder}-{kind}.npy" if cache else None
    if file and file.exists():
        h = np.load(file)
        if len(h) == len(paths):
            return h
    h = np.stack([histogram(np.asarray(Image.open(data / p).convert("RGB")), kind) for p in paths]).astype(np.float64)
    h /= h.sum(1, keepdims=True)
    if file:
        file.parent.mkdir(parents=True, exist_ok=True)
        np.save(file, h)
    return h


def distances(h: np.ndarray, kind: str) -> np.ndarray:
    """Full symmetric distance matrix between normalised histograms."""
    if kind in ("hellinger", "bhattacharyya"):
        r = np.sqrt(h)
        bc = np.clip(r @ r.T, 0, 1)
        d = np.sqrt(2 * (1 - bc)) if kind == "hellinger" else -np.log(np.maximum(bc, 1e-12))
    elif kind == "correlation":
        z = h - h.mean(1, keepdims=True)
        z /= np.linalg.norm(z, axis=1, keepdims=True)
        d = 1 - z @ z.T
    elif kind in ("l1", "chi2"):
        import torch  # as for training; its blocked elementwise ops are ~10× numpy's here

        t, d = torch.from_numpy(h[:, h.sum(0) > 0]), np.zeros((len(h), len(h)))  # empty bins add nothing
        for i in range(0, len(h), 16):  # blocks: a 4,000 × 4,000 × bins array is too large
            a, b = t[i:i + 16, None, :], t[None]
            if kind == "l1":
                d[i:i + 16] = (a - b).abs().sum(-1).numpy()
            else:
                s = a + b
                d[i:i + 16] = ((a - b) ** 2 / s.clamp(min=1e-300)).sum(-1).numpy()  # 0/0 bins add 0
    else:
        raise ValueError(kind)
    d = np.maximum((d + d.T) / 2, 0)
    np.fill_diagonal(d, 0)
    return d


def cluster(d: np.ndarray, method: str, threshold: float) -> np.ndarray:
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    return fcluster(linkage(squareform(d, checks=False), method), threshold, "distance")


def name_groups(folder: str, paths: list[str], labels: np.ndarray) -> list[tuple[str, str]]:
    names: dict[int, str] = {}
    for c in labels:  # numbered by first appearance in path order
        names.setdefault(int(c), f"{folder}-g{len(names):03d}")
    return [(p, names[int(c)]) for p, c in zip(paths, labels)]


def group_folder(data: Path, folder: str, attempt: tuple[str, str, str], threshold: float, cache: Path | None) -> list[tuple[str, str]]:
    """(path, group) for every image of one class folder, paths sorted as strings."""
    hist, dist, method = attempt
    d = distances(histograms(data, folder, hist, cache), dist)
    return name_groups(folder, image_paths(data, folder), cluster(d, method, threshold))


def pair_agreement(a: list, b: list) -> dict[str, float]:
    pairs = lambda counts: sum(v * (v - 1) / 2 for v in counts.values())
    both, pa, pb, n = pairs(Counter(zip(a, b))), pairs(Counter(a)), pairs(Counter(b)), len(a)
    expected = pa * pb / (n * (n - 1) / 2)
    return {
        "together_in_both_over_rebuilt": both / pa,
        "together_in_both_over_shared": both / pb,
        "adjusted_rand": (both - expected) / ((pa + pb) / 2 - expected),
    }


def adjusted_rand(a, b) -> float:
    """pair_agreement's adjusted Rand index, vectorised for the threshold scan."""
    _, a = np.unique(np.asarray(a), return_inverse=True)
    _, b = np.unique(np.asarray(b), return_inverse=True)
    pairs = lambda c: float((c * (c - 1) / 2).sum())
    both, pa, pb = pairs(np.unique(a * (b.max() + 1) + b, return_counts=True)[1]), pairs(np.bincount(a)), pairs(np.bincount(b))
    expected = pa * pb / (len(a) * (len(a) - 1) / 2)
    return (both - expected) / ((pa + pb) / 2 - expected)


def exact_groups(mine: list, theirs: list) -> int:
    """How many shared groups the rebuilt grouping reproduces image for image."""
    a, b = defaultdict(set), defaultdict(set)
    for i, (x, y) in enumerate(zip(mine, theirs)):
        a[x].add(i)
        b[y].add(i)
    rebuilt = {frozenset(v) for v in a.values()}
    return sum(1 for v in b.values() if frozenset(v) in rebuilt)


def read_shared(data: Path) -> dict[str, str]:
    return {r["path"]: r["group"] for r in csv.DictReader(open(data / "groups.csv"))}


def crossing(rows: list[tuple[str, str, str]], shared: dict[str, str]) -> dict[str, dict[str, int]]:
    """Test/validation images that the rebuilt grouping puts together with an image of another split."""
    split = {r["group"]: r["split"] for r in csv.DictReader(open(HERE / "split.csv"))}
    splits_of = defaultdict(set)
    for path, _, g in rows:
        splits_of[g].add(split[shared[path]])
    out = {}
    for s in ("test", "val"):
        held = [g for path, _, g in rows if split[shared[path]] == s]
        out[s] = {"images": len(held), "linked_to_another_split": sum(1 for g in held if len(splits_of[g]) > 1)}
    return out


def structure(data: Path, cache: Path | None, attempt: tuple[str, str, str] = ATTEMPTS[0]) -> dict:
    """How the shared groups look under one measure. A shared group can come out of a single-linkage
    cut at some threshold only if its longest internal link (the largest edge of its minimum
    spanning tree) is shorter than its distance to the nearest image of another group; all groups
    at once only if the longest internal link of all is shorter than the shortest link between groups."""
    from scipy.sparse.csgraph import minimum_spanning_tree

    shared = read_shared(data)
    out = {"histogram": attempt[0], "distance": attempt[1], "classes": {}}
    for folder, label in FOLDERS.items():
        paths = image_paths(data, folder)
        g = np.array([shared[p] for p in paths])
        d = distances(histograms(data, folder, attempt[0], cache), attempt[1])
        members = defaultdict(list)
        for i, x in enumerate(g):
            members[x].append(i)
        longest, nearest = [], []
        for ix in members.values():
            inner = d[np.ix_(ix, ix)] + 1e-12  # csgraph reads exact zeros as "no edge"
            longest.append(float(minimum_spanning_tree(inner).max()) if len(ix) > 1 else 0.0)
            other = np.ones(len(g), bool)
            other[ix] = False
            nearest.append(float(d[np.ix_(ix, np.nonzero(other)[0])].min()))
        sizes = sorted(len(v) for v in members.values())
        np.fill_diagonal(d, np.inf)
        nearest_image_same = int((g[d.argmin(1)] == g).sum())
        out["classes"][label] = {
            "groups": len(sizes),
            "group_size": {"min": sizes[0], "median": sizes[len(sizes) // 2], "max": sizes[-1]},
            "single_image_groups": sum(1 for v in sizes if v == 1),
            "longest_internal_link": round(max(longest), 4),
            "shortest_link_between_groups": round(min(nearest), 4),
            "groups_separable_alone": sum(1 for a, b in zip(longest, nearest) if a < b),
            "images": len(g),
            "nearest_image_in_own_group": nearest_image_same,
        }
    return out


def sweep(data: Path, cache: Path, out: Path) -> None:
    """Every attempt at its best threshold (by adjusted Rand index against the shared grouping), per class."""
    shared = read_shared(data)
    results, summary = [], {}
    for attempt in ATTEMPTS:
        from scipy.cluster.hierarchy import fcluster, linkage
        from scipy.spatial.distance import squareform

        per_class, rows = {}, []
        for folder, label in FOLDERS.items():
            paths = image_paths(data, folder)
            theirs = [shared[p] for p in paths]
            z = linkage(squareform(distances(histograms(data, folder, attempt[0], cache), attempt[1]), checks=False), attempt[2])
            best = None
            # every cut that leaves 40 to 1,500 groups (the shared grouping has 116 to 195 per class)
            for t in np.unique(z[-1500:-40, 2]):
                labels = fcluster(z, t, "distance")
                ari = adjusted_rand(labels, theirs)
                if best is None or ari > best[0]:
                    best = (ari, float(t), labels)
            ari, t, labels = best
            per_class[label] = {
                "threshold": float(f"{t:.5g}"),
                "groups": len(set(labels)),
                "shared_groups": len(set(theirs)),
                "adjusted_rand": round(ari, 3),
                "exact_groups": exact_groups(list(labels), theirs),
            }
            rows += [(p, label, g) for p, g in name_groups(folder, paths, labels)]
        results.append({"histogram": attempt[0], "distance": attempt[1], "linkage": attempt[2], "classes": per_class, "splits": crossing(rows, shared)})
        print(json.dumps(results[-1]), flush=True)
        best = max(results, key=lambda r: sum(c["adjusted_rand"] for c in r["classes"].values()))
        summary = {
            "images": len(shared),
            "note": "each attempt at the per-class threshold with the highest adjusted Rand index against the shared groups.csv",
            "attempts": results,
            "best": {k: best[k] for k in ("histogram", "distance", "linkage")},
            "structure": summary["structure"] if results[1:] else structure(data, cache),
        }
        out.write_text(json.dumps(summary, indent=2) + "\n")  # after every attempt: a long sweep can be stopped
    print(f"wrote {out}")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--data", default=os.environ.get("LC25000_LUNG"), required="LC25000_LUNG" not in os.environ)
    p.add_argument("--histogram", default=ATTEMPTS[0][0])
    p.add_argument("--distance", default=ATTEMPTS[0][1])
    p.add_argument("--linkage", default=ATTEMPTS[0][2])
    p.add_argument("--threshold", type=float, default=0.13, help="distance below which two images (single linkage) or clusters are joined")
    p.add_argument("--out", help="write path,label,group here")
    p.add_argument("--compare", action="store_true", help="compare with <data>/groups.csv and training/split.csv")
    p.add_argument("--sweep", action="store_true", help="run every attempt in ATTEMPTS, write --results")
    p.add_argument("--structure", action="store_true", help="recompute the structure section of --results")
    p.add_argument("--results", default=str(HERE / "artifacts" / "rebuild-groups.json"))
    p.add_argument("--cache", default=str(HERE / "cache"), help="histogram cache ('' to disable)")
    a = p.parse_args()
    data, cache = Path(a.data), Path(a.cache) if a.cache else None
    if a.sweep:
        sweep(data, cache, Path(a.results))
        return
    if a.structure:  # recompute only the structure section of an existing results file
        results = json.loads(Path(a.results).read_text())
        results["structure"] = structure(data, cache)
        Path(a.results).write_text(json.dumps(results, indent=2) + "\n")
        return
    attempt = (a.histogram, a.distance, a.linkage)
    rows = [(path, FOLDERS[folder], group) for folder in FOLDERS for path, group in group_folder(data, folder, attempt, a.threshold, cache)]
    if a.out:
        with open(a.out, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["path", "label", "group"])
            w.writerows(rows)
    if a.compare:
        shared = read_shared(data)
        assert sorted(shared) == sorted(r[0] for r in rows), "the shared groups.csv lists other images than the folders hold"
        for folder in FOLDERS:
            mine = [g for path, _, g in rows if path.startswith(folder + "/")]
            theirs = [shared[path] for path, _, _ in rows if path.startswith(folder + "/")]
            stats = ", ".join(f"{k} {v:.3f}" for k, v in pair_agreement(mine, theirs).items())
            print(f"{folder}: {len(set(mine))} rebuilt groups, {len(set(theirs))} shared, {exact_groups(mine, theirs)} reproduced exactly; {stats}")
        for s, c in crossing(rows, shared).items():
            print(f"{s} split: {c['images']} images, {c['linked_to_another_split']} of them linked by the rebuilt grouping to an image in another split")


if __name__ == "__main__":
    main()

"""Split LC25000-lung by group (never by image) into train/val/test, stratified by class.

Near-copies of one original share a group (see the data README), so every image of a
group lands in the same split. Writes split.csv: group,label,split, and
artifacts/data-split.json: images and groups per split and class, which the model card and
its page quote (tests/node/data-numbers.test.ts keeps them equal).

    python training/make_split.py --data /path/to/lc25000-lung --seed 0
"""
import argparse
import os
import csv
import json
import random
from collections import Counter, defaultdict
from pathlib import Path

p = argparse.ArgumentParser()
p.add_argument("--data", default=os.environ.get("LC25000_LUNG"), required="LC25000_LUNG" not in os.environ, help="the LC25000 lung folder (or set LC25000_LUNG)")
p.add_argument("--seed", type=int, default=0)
p.add_argument("--val", type=float, default=0.15)
p.add_argument("--test", type=float, default=0.15)
p.add_argument("--out", default=str(Path(__file__).with_name("split.csv")))
p.add_argument("--summary", default=str(Path(__file__).parent / "artifacts" / "data-split.json"))
a = p.parse_args()

groups = defaultdict(set)  # label -> groups
size = Counter()  # group -> images
with open(Path(a.data) / "groups.csv") as f:
    for row in csv.DictReader(f):
        groups[row["label"]].add(row["group"])
        size[row["group"]] += 1

rng = random.Random(a.seed)
rows = []
for label in sorted(groups):
    g = sorted(groups[label])
    rng.shuffle(g)
    n_test, n_val = round(len(g) * a.test), round(len(g) * a.val)
    for i, name in enumerate(g):
        split = "test" if i < n_test else "val" if i < n_test + n_val else "train"
        rows.append((name, label, split))

with open(a.out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["group", "label", "split"])
    w.writerows(sorted(rows))
print(f"wrote {a.out}: {len(rows)} groups")

summary = {"images": sum(size.values()), "groups": len(size), "splits": {}}
for split in ("train", "val", "test"):
    mine = [(name, label) for name, label, s in rows if s == split]
    summary["splits"][split] = {
        "images": sum(size[n] for n, _ in mine),
        "groups": len(mine),
        "largest_group": max(size[n] for n, _ in mine),
        "largest_group_label": max(mine, key=lambda g: (size[g[0]], g[0]))[1],
        "by_class": {label: {"images": sum(size[n] for n, l in mine if l == label), "groups": sum(1 for _, l in mine if l == label)} for label in sorted(groups)},
    }
with open(a.summary, "w") as f:
    json.dump(summary, f, indent=2)
    f.write("\n")
print(f"wrote {a.summary}: {summary['images']} images in {summary['groups']} groups")

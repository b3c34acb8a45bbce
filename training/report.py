"""Prints the metric tables of model/MODEL_CARD.md from a run's metrics.json.

    python training/report.py --run training/runs/main
"""
import argparse
import json
from pathlib import Path

DISPLAY = {"adenocarcinoma": "Adenocarcinoma", "benign": "Benign tissue",
           "squamous_cell_carcinoma": "Squamous cell carcinoma"}


def table(rep):
    lines = ["| class | precision | recall | F1 | images |", "|---|---|---|---|---|"]
    for k, v in rep["per_class"].items():
        lines.append(f"| {DISPLAY[k]} | {v['precision']:.4f} | {v['recall']:.4f} | {v['f1']:.4f} | {v['support']} |")
    return "\n".join(lines)


def confusion(rep):
    names = list(DISPLAY.values())
    lines = ["| true ↓ / predicted → | " + " | ".join(names) + " |", "|---|---|---|---|"]
    for name, row in zip(names, rep["confusion"]):
        lines.append(f"| {name} | " + " | ".join(str(v) for v in row) + " |")
    return "\n".join(lines)


p = argparse.ArgumentParser()
p.add_argument("--run", default="training/runs/main")
m = json.loads((Path(p.parse_args().run) / "metrics.json").read_text())
t = m["test"]
print(f"Temperature: {m['temperature']:.4f}\n")
print(f"Test (n={t['n']}): accuracy {t['accuracy']:.4f}, macro-F1 {t['macro_f1']:.4f}, "
      f"ECE {m['test_uncalibrated']['ece_15']:.4f} → {t['ece_15']:.4f} after temperature\n")
if "test_tta8" in m:
    print(f"With 8-view TTA: accuracy {m['test_tta8']['accuracy']:.4f}, macro-F1 {m['test_tta8']['macro_f1']:.4f}\n")
print(f"Validation (n={m['val']['n']}): accuracy {m['val']['accuracy']:.4f}\n")
print(table(t) + "\n\n" + confusion(t) + "\n")
print("Test errors by source group:", m["test_errors_by_group"])

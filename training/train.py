"""Trains the browser ConvNeXt on LC25000-lung (group split). Saves an EMA checkpoint.

    python training/train.py --data /path/to/lc25000-lung --epochs 30 --seed 0
"""
import argparse
import os
import copy
import json
import math
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from augment import robust_augment, train_augment
from data import list_images, load_split
from model import ConvNeXt
from pipeline import model_predict, prepare
from shift import mosaic, mosaic_crop, read_reference_images, read_references
from weights_io import load_exported

HERE = Path(__file__).parent


def args():
    p = argparse.ArgumentParser()
    p.add_argument("--data", default=os.environ.get("LC25000_LUNG"), required="LC25000_LUNG" not in os.environ, help="the LC25000 lung folder (or set LC25000_LUNG)")
    p.add_argument("--split", default=str(HERE / "split.csv"))
    p.add_argument("--cache", default=str(HERE / "cache"))
    p.add_argument("--out", default=str(HERE / "runs" / "latest"))
    p.add_argument("--epochs", type=int, default=30)
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--clip", type=float, default=1.0, help="gradient norm clip (0: off)")
    p.add_argument("--wd", type=float, default=0.05)
    p.add_argument("--warmup", type=float, default=1.0, help="warm-up epochs")
    p.add_argument("--label-smoothing", type=float, default=0.1)
    p.add_argument("--drop-path", type=float, default=0.1)
    p.add_argument("--ema", type=float, default=0.999)
    p.add_argument("--dims", default="40,80,160,320")
    p.add_argument("--depths", default="2,2,6,2")
    p.add_argument("--stem", type=int, default=8)
    p.add_argument("--gelu", default="sigmoid", choices=["sigmoid", "tanh", "none"])
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--init", default="", help="start from this checkpoint's EMA weights (fine-tuning)")
    p.add_argument("--train-size", type=int, default=224,
                   help="side of the augmented training crops; the model is always evaluated at 224 "
                        "(training smaller is ~2.3x faster per step on CPU at 160)")
    p.add_argument("--crop-scale", default="0.5,1.0", help="random-resized-crop area range")
    p.add_argument("--init-exported", default="", help="start from exported weights (a folder with weights.safetensors + export.json)")
    p.add_argument("--robust", action="store_true", help="re-stain with measured stain matrices, scanner, blur, resampling, JPEG (augment.robust_augment)")
    p.add_argument("--mosaic", type=float, default=0.0, help="share of samples replaced by a 2x2 or 3x3 same-class mosaic (1/2, 1/3 magnification)")
    p.add_argument("--greyscale", type=float, default=0.0, help="share of samples turned to greyscale (robust only)")
    p.add_argument("--blank", type=float, default=0.0, help="share of samples with a band of blank glass pasted in (robust only)")
    p.add_argument("--colour-free", action="store_true", help="the model sees luminance only; training mixes R, G, B into grey with random weights")
    p.add_argument("--mixstyle", action="store_true", help="mix feature statistics between images after stages 1 and 2 (training only)")
    p.add_argument("--air", type=float, default=0.0, help="share of samples with alveolar-like air spaces cut in (robust only)")
    p.add_argument("--style", type=float, default=0.0, help="share of samples given a real slide's low-frequency Fourier amplitude (robust only)")
    p.add_argument("--histogram", type=float, default=0.0, help="share of samples with each channel's histogram matched to a real slide's (robust only)")
    p.add_argument("--style-images", default="", help="the H&E reference slides folder (its augment half gives the styles)")
    p.add_argument("--fov", action="store_true", help="mosaics become random windows of a 3x3 mosaic (any magnification from 1/1.2 to 1/3)")
    p.add_argument("--resume", action="store_true", help="continue an interrupted run in --out from its last epoch (optimizer, schedule, random state)")
    p.add_argument("--normalise", action="store_true", help="Macenko-normalise every input onto the training stain, as the extension then does")
    p.add_argument("--references", default=str(HERE / "artifacts" / "stain-references.csv"))
    p.add_argument("--val-every", type=int, default=1, help="evaluate the EMA on validation every K epochs")
    p.add_argument("--threads", type=int, default=0)
    p.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    return p.parse_args()


def model_config(a):
    cfg = dict(dims=[int(v) for v in a.dims.split(",")], depths=[int(v) for v in a.depths.split(",")],
               stem=a.stem, drop_path=a.drop_path, gelu=a.gelu)
    if a.colour_free:
        cfg["colour_free"] = True
    if a.mixstyle:
        cfg["mixstyle"] = True
    return cfg


def with_mosaics(x_u8, y, idx, share, rng, fov=False):
    """The batch x_u8[idx], with `share` of it replaced by 2x2 (60 %) or 3x3 mosaics of
    same-class training images: tissue at 1/2 or 1/3 of LC25000's magnification."""
    batch = x_u8[idx].copy()
    if share <= 0:
        return batch
    for j in np.flatnonzero(rng.random(len(idx)) < share):
        k = 3 if fov else 2 if rng.random() < 0.6 else 3
        same = np.flatnonzero(y == y[idx[j]])
        tiles = np.concatenate([[idx[j]], rng.choice(same, k * k - 1)])
        batch[j] = mosaic_crop(x_u8, tiles, k, rng) if fov else mosaic(x_u8, tiles, k)
    return batch


def main():
    a = args()
    torch.manual_seed(a.seed)
    np.random.seed(a.seed)
    if a.threads:
        torch.set_num_threads(a.threads)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    items = list_images(a.data, a.split)
    xtr, ytr = load_split(a.data, items["train"], Path(a.cache) / "train.npz")
    xva, yva = load_split(a.data, items["val"], Path(a.cache) / "val.npz")
    print(f"train {len(xtr)} val {len(xva)}", flush=True)

    cfg = model_config(a)
    model = ConvNeXt(**cfg).to(a.device).to(memory_format=torch.channels_last)
    lineage = []  # the earlier runs these weights continue, oldest first (for the model card)
    if a.init:
        init = torch.load(a.init, map_location="cpu")
        model.load_state_dict(init["ema"])
        lineage = init.get("lineage", []) + [{"args": init["args"], "log": init["log"]}]
    elif a.init_exported:  # exported weights (a folder with weights.safetensors + export.json)
        shipped, _, info = load_exported(a.init_exported)
        model.load_state_dict(shipped.state_dict())
        # The exported model's own stages (commands, epochs, minutes) stand in for its checkpoints.
        lineage = [{"exported": s} for s in info["training"].get("stages", [])]
    ema = copy.deepcopy(model).eval()
    decay, no_decay = [], []
    for n, p in model.named_parameters():
        (no_decay if p.ndim <= 1 else decay).append(p)
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": a.wd},
                             {"params": no_decay, "weight_decay": 0}], lr=a.lr)
    steps_per_epoch = len(xtr) // a.batch
    total = a.epochs * steps_per_epoch
    warm = int(a.warmup * steps_per_epoch)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / warm if s < warm else 0.5 * (1 + math.cos(math.pi * (s - warm) / (total - warm))))
    gen = torch.Generator().manual_seed(a.seed)
    rng = np.random.default_rng(a.seed)
    log = []
    step = 0
    crop_scale = tuple(float(v) for v in a.crop_scale.split(","))
    refs = read_references(a.references, "augment") if a.robust else None
    styles = read_reference_images(a.style_images, a.references, "augment") if a.style or a.histogram else None
    start = 0
    if a.resume and (out / "resume.pt").exists():
        r = torch.load(out / "resume.pt", map_location="cpu", weights_only=False)
        model.load_state_dict(r["model"]); ema.load_state_dict(r["ema"]); opt.load_state_dict(r["opt"])
        sched.load_state_dict(r["sched"]); gen.set_state(r["gen"]); rng.bit_generator.state = r["rng"]
        torch.set_rng_state(r["torch_rng"])
        log, step, start = r["log"], r["step"], r["epoch"]
        print(f"resumed after epoch {start}", flush=True)
    t0 = time.time() - (log[-1]["minutes"] * 60 if log else 0)
    for epoch in range(start, a.epochs):
        model.train()
        perm = torch.randperm(len(xtr), generator=gen).numpy()
        running = 0.0
        correct = 0
        for b in range(steps_per_epoch):
            idx = np.sort(perm[b * a.batch:(b + 1) * a.batch])
            xb = torch.from_numpy(with_mosaics(xtr, ytr, idx, a.mosaic, rng, a.fov)).permute(0, 3, 1, 2).float() / 255
            if a.robust:
                xb = robust_augment(xb, refs, a.train_size, crop_scale, a.greyscale, gen, a.blank,
                                    a.colour_free, a.air, styles, a.style, a.histogram)
            else:
                xb = train_augment(xb, a.train_size, crop_scale)
            xb = prepare(xb, a.normalise).to(a.device).contiguous(memory_format=torch.channels_last)
            yb = torch.from_numpy(ytr[idx]).to(a.device)
            model_out = model(xb)
            loss = F.cross_entropy(model_out, yb, label_smoothing=a.label_smoothing)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            if a.clip:
                torch.nn.utils.clip_grad_norm_(model.parameters(), a.clip)
            opt.step()
            sched.step()
            step += 1
            d = min(a.ema, (1 + step) / (10 + step))
            with torch.no_grad():
                for pe, pm in zip(ema.parameters(), model.parameters()):
                    pe.lerp_(pm, 1 - d)
            running += loss.item()
            correct += (model_out.argmax(1) == yb).sum().item()
            if b % 40 == 0:
                print(f"  step {b}/{steps_per_epoch} loss {loss.item():.3f}", flush=True)
        entry = dict(epoch=epoch + 1, loss=running / steps_per_epoch, train_acc=correct / (steps_per_epoch * a.batch))
        if (epoch + 1) % a.val_every == 0 or epoch + 1 == a.epochs:
            entry["val_acc_ema"] = float((model_predict(ema, xva, a.normalise, a.device).argmax(1).numpy() == yva).mean())
        entry["minutes"] = (time.time() - t0) / 60
        log.append(entry)
        print(json.dumps(entry), flush=True)
        torch.save({"config": cfg, "ema": ema.state_dict(), "args": vars(a), "log": log, "lineage": lineage},
                   out / "checkpoint.pt")
        # Everything needed to continue after an interruption (sessions end; see --resume).
        torch.save({"model": model.state_dict(), "ema": ema.state_dict(), "opt": opt.state_dict(),
                    "sched": sched.state_dict(), "gen": gen.get_state(), "rng": rng.bit_generator.state,
                    "torch_rng": torch.get_rng_state(), "log": log, "step": step, "epoch": epoch + 1},
                   out / "resume.pt")
    print(f"done in {(time.time() - t0) / 60:.1f} min", flush=True)


if __name__ == "__main__":
    main()

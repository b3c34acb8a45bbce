"""Loads exported weights (artifacts/weights.safetensors, Keras layout) back into the PyTorch
ConvNeXt: the inverse of export.keras_layout, so a shipped model can be evaluated or
fine-tuned without its original checkpoint."""
import json
from pathlib import Path

import torch
from safetensors.numpy import load_file

from model import ConvNeXt


def state_dict_from_keras_layout(w, depths):
    t = lambda k: torch.from_numpy(w[k].copy())
    conv = lambda k: t(k).permute(3, 2, 0, 1).contiguous()  # (H,W,I,O) → (O,I,H,W)
    sd = {"stem.0.weight": conv("stem/conv/kernel"), "stem.0.bias": t("stem/conv/bias"),
          "stem.1.weight": t("stem/norm/gamma"), "stem.1.bias": t("stem/norm/beta"),
          "head_norm.weight": t("head/norm/gamma"), "head_norm.bias": t("head/norm/beta"),
          "head.weight": t("head/dense/kernel").t().contiguous(), "head.bias": t("head/dense/bias")}
    for i in range(1, 4):
        d = f"downsample.{i - 1}"
        sd[f"{d}.0.weight"] = t(f"downsample{i}/norm/gamma")
        sd[f"{d}.0.bias"] = t(f"downsample{i}/norm/beta")
        sd[f"{d}.1.weight"] = conv(f"downsample{i}/conv/kernel")
        sd[f"{d}.1.bias"] = t(f"downsample{i}/conv/bias")
    for s, depth in enumerate(depths):
        for b in range(depth):
            p, q = f"stages.{s}.{b}", f"stage{s}/block{b}"
            sd[f"{p}.dwconv.weight"] = conv(f"{q}/dwconv/kernel")
            sd[f"{p}.dwconv.bias"] = t(f"{q}/dwconv/bias")
            sd[f"{p}.norm.weight"] = t(f"{q}/norm/gamma")
            sd[f"{p}.norm.bias"] = t(f"{q}/norm/beta")
            sd[f"{p}.pwconv1.weight"] = t(f"{q}/pw1/kernel").t().contiguous()
            sd[f"{p}.pwconv1.bias"] = t(f"{q}/pw1/bias")
            sd[f"{p}.pwconv2.weight"] = t(f"{q}/pw2/kernel").t().contiguous()
            sd[f"{p}.pwconv2.bias"] = t(f"{q}/pw2/bias")
            sd[f"{p}.gamma"] = t(f"{q}/layer_scale")
    return sd


def load_exported(artifacts):
    """(model, config, export info) from a folder holding weights.safetensors + export.json."""
    info = json.loads((Path(artifacts) / "export.json").read_text())
    arch = info["architecture"]
    gelu = {"sigmoid_gelu": "sigmoid", "gelu_new": "tanh", "gelu": "none"}[arch["activation"]]
    cfg = dict(dims=arch["dims"], depths=arch["depths"], stem=arch["stemSize"], gelu=gelu)
    model = ConvNeXt(**cfg, drop_path=0.0)
    model.load_state_dict(state_dict_from_keras_layout(load_file(str(Path(artifacts) / "weights.safetensors")), arch["depths"]), strict=False)
    return model.eval(), cfg, info

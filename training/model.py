"""A small ConvNeXt (Liu et al. 2022) whose every op maps onto a built-in TF.js layer.

Input: RGB in [0, 1], NCHW. The ImageNet-style normalisation is part of the model
(`InputNorm`) so the exported TF.js model keeps the original LUCIAN input contract;
the TypeScript exporter folds it into the stem convolution.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

MEAN = (0.485, 0.456, 0.406)
STD = (0.229, 0.224, 0.225)
# Luminance weights (ITU-R BT.601) of a colour-free model's input, as the extension's greyscale.
LUMA = (0.299, 0.587, 0.114)


class LayerNorm2d(nn.LayerNorm):
    """LayerNorm over channels of an NCHW tensor (TF.js: LayerNormalization axis -1)."""

    def forward(self, x):
        x = x.permute(0, 2, 3, 1)
        x = F.layer_norm(x, self.normalized_shape, self.weight, self.bias, self.eps)
        return x.permute(0, 3, 1, 2)


class SigmoidGELU(nn.Module):
    """GELU's sigmoid approximation x*sigmoid(1.702x) (Hendrycks & Gimpel 2016).

    Chosen over erf/tanh GELU for the browser: it is TF.js's `swish` once 1.702 is folded
    into the neighbouring Dense weights, which costs fewer kernels per element on WASM.
    """

    def forward(self, x):
        return x * torch.sigmoid(1.702 * x)


def make_gelu(form):
    return SigmoidGELU() if form == "sigmoid" else nn.GELU(approximate=form)


class MixStyle(nn.Module):
    """Mixes per-image feature statistics (channel mean and std over space) between images of
    a batch while training (Zhou et al., ICLR 2021): style, not content, varies. Identity in eval."""

    def __init__(self, p=0.5, alpha=0.1):
        super().__init__()
        self.p, self.alpha = p, alpha

    def forward(self, x):
        if not self.training or torch.rand(1).item() > self.p:
            return x
        mu = x.mean((2, 3), keepdim=True)
        sig = (x.var((2, 3), keepdim=True) + 1e-6).sqrt()
        normed = (x - mu.detach()) / sig.detach()
        lam = torch.distributions.Beta(self.alpha, self.alpha).sample((x.shape[0], 1, 1, 1)).to(x)
        perm = torch.randperm(x.shape[0])
        mu2, sig2 = lam * mu + (1 - lam) * mu[perm], lam * sig + (1 - lam) * sig[perm]
        return normed * sig2 + mu2


class Block(nn.Module):
    def __init__(self, dim, drop_path=0.0, layer_scale_init=1e-6, gelu="sigmoid"):
        super().__init__()
        self.dwconv = nn.Conv2d(dim, dim, 7, padding=3, groups=dim)
        self.norm = nn.LayerNorm(dim, eps=1e-6)
        self.pwconv1 = nn.Linear(dim, 4 * dim)
        self.act = make_gelu(gelu)
        self.pwconv2 = nn.Linear(4 * dim, dim)
        self.gamma = nn.Parameter(layer_scale_init * torch.ones(dim))
        self.drop_path = drop_path

    def forward(self, x):
        y = self.dwconv(x).permute(0, 2, 3, 1)
        y = self.pwconv2(self.act(self.pwconv1(self.norm(y)))) * self.gamma
        y = y.permute(0, 3, 1, 2)
        if self.training and self.drop_path > 0:
            keep = 1 - self.drop_path
            mask = x.new_empty(x.shape[0], 1, 1, 1).bernoulli_(keep) / keep
            y = y * mask
        return x + y


class ConvNeXt(nn.Module):
    def __init__(self, dims=(40, 80, 160, 320), depths=(2, 2, 6, 2), num_classes=3,
                 stem=4, drop_path=0.1, gelu="sigmoid", colour_free=False, mixstyle=False):
        super().__init__()
        # colour_free: the model sees only luminance (colour is the shortcut that failed on other
        # hospitals' slides); fold_colour_free() turns it into an ordinary RGB model for export.
        self.colour_free = colour_free
        self.mixstyle = MixStyle() if mixstyle else nn.Identity()
        self.register_buffer("mean", torch.tensor(MEAN).view(1, 3, 1, 1))
        self.register_buffer("std", torch.tensor(STD).view(1, 3, 1, 1))
        self.stem = nn.Sequential(nn.Conv2d(3, dims[0], stem, stride=stem),
                                  LayerNorm2d(dims[0], eps=1e-6))
        self.downsample = nn.ModuleList()
        for i in range(1, 4):
            self.downsample.append(nn.Sequential(LayerNorm2d(dims[i - 1], eps=1e-6),
                                                 nn.Conv2d(dims[i - 1], dims[i], 2, stride=2)))
        rates = torch.linspace(0, drop_path, sum(depths)).tolist()
        self.stages = nn.ModuleList()
        k = 0
        for i in range(4):
            self.stages.append(nn.Sequential(*[Block(dims[i], rates[k + j], gelu=gelu)
                                               for j in range(depths[i])]))
            k += depths[i]
        self.head_norm = nn.LayerNorm(dims[-1], eps=1e-6)
        self.head = nn.Linear(dims[-1], num_classes)
        self.apply(self._init)

    @staticmethod
    def _init(m):
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            nn.init.trunc_normal_(m.weight, std=0.02)
            nn.init.zeros_(m.bias)

    def features(self, x):
        if self.colour_free:
            x = (x * torch.tensor(LUMA, device=x.device, dtype=x.dtype).view(1, 3, 1, 1)).sum(1, keepdim=True).expand(-1, 3, -1, -1)
        x = (x - self.mean) / self.std
        x = self.stages[0](self.stem(x))
        for i in range(3):
            x = self.stages[i + 1](self.downsample[i](x))
            if i < 2:
                x = self.mixstyle(x)
        return x

    def forward(self, x):
        x = self.features(x).mean((2, 3))
        return self.head(self.head_norm(x))


@torch.no_grad()
def fold_colour_free(model):
    """A colour-free model as an ordinary RGB model with the same outputs: luminance, the
    per-channel normalisation and the stem convolution are all affine, so the luminance step
    folds into the stem's weights and bias (W'[c] = std[c] luma[c] A, A = sum_c W[c] / std[c]).
    The exported model then keeps the usual RGB input contract at no extra cost."""
    if not model.colour_free:
        return model
    import copy
    out = copy.deepcopy(model)
    out.colour_free = False
    luma, mean, std = torch.tensor(LUMA), torch.tensor(MEAN), torch.tensor(STD)
    w, b = model.stem[0].weight.double(), model.stem[0].bias.double()  # (O, 3, k, k)
    a = (w / std.double().view(1, 3, 1, 1)).sum(1, keepdim=True)  # (O, 1, k, k)
    w_new = a * (std * luma).double().view(1, 3, 1, 1)
    shift = (a.sum((1, 2, 3)) * float((luma * mean).sum())) - (w * (mean / std).double().view(1, 3, 1, 1)).sum((1, 2, 3))
    out.stem[0].weight.copy_(w_new.float())
    out.stem[0].bias.copy_((b + shift).float())
    return out

"""Batched GPU/CPU-friendly augmentations on float NCHW tensors in [0, 1]."""
import math

import torch
import torch.nn.functional as F

# Ruifrok & Johnston H&E-DAB stain vectors (rows: haematoxylin, eosin, DAB), as in skimage.
RGB_FROM_HED = torch.tensor([[0.65, 0.70, 0.29], [0.07, 0.99, 0.11], [0.27, 0.57, 0.78]])
HED_FROM_RGB = torch.linalg.inv(RGB_FROM_HED)


def dihedral(x):
    """Random flip + 90-degree rotation per sample (the 8 symmetries of a square)."""
    k = torch.randint(0, 4, (x.shape[0],))
    flip = torch.rand(x.shape[0]) < 0.5
    out = torch.empty_like(x)
    for i in range(x.shape[0]):
        xi = torch.flip(x[i], (2,)) if flip[i] else x[i]
        out[i] = torch.rot90(xi, int(k[i]), (1, 2))
    return out


def hed_jitter(x, sigma=0.05, bias=0.05):
    """Stain augmentation (Tellez et al. 2018): perturb haematoxylin/eosin/DAB densities."""
    n = x.shape[0]
    od = -torch.log(x.clamp(min=1e-6))
    od = od.permute(0, 2, 3, 1) @ HED_FROM_RGB.to(x)
    a = 1 + (torch.rand(n, 1, 1, 3, device=x.device) * 2 - 1) * sigma
    b = (torch.rand(n, 1, 1, 3, device=x.device) * 2 - 1) * bias
    od = (od * a + b).clamp(min=0)
    rgb = torch.exp(-(od @ RGB_FROM_HED.to(x)))
    return rgb.permute(0, 3, 1, 2).clamp(0, 1)


def colour_jitter(x, brightness=0.1, contrast=0.1, saturation=0.1):
    n = x.shape[0]
    r = lambda s: 1 + (torch.rand(n, 1, 1, 1, device=x.device) * 2 - 1) * s
    x = x * r(brightness)
    mean = x.mean((1, 2, 3), keepdim=True)
    x = (x - mean) * r(contrast) + mean
    grey = (0.299 * x[:, 0:1] + 0.587 * x[:, 1:2] + 0.114 * x[:, 2:3])
    x = (x - grey) * r(saturation) + grey
    return x.clamp(0, 1)


def random_resized_crop(x, scale=(0.5, 1.0), ratio=(3 / 4, 4 / 3)):
    """Per-sample random crop resized back to the input size, via one affine grid."""
    n = x.shape[0]
    area = torch.empty(n).uniform_(*scale)
    logr = torch.empty(n).uniform_(math.log(ratio[0]), math.log(ratio[1]))
    ar = torch.exp(logr)
    w = torch.sqrt(area * ar).clamp(max=1)
    h = torch.sqrt(area / ar).clamp(max=1)
    cx = (torch.rand(n) * 2 - 1) * (1 - w)
    cy = (torch.rand(n) * 2 - 1) * (1 - h)
    theta = torch.zeros(n, 2, 3)
    theta[:, 0, 0], theta[:, 0, 2] = w, cx
    theta[:, 1, 1], theta[:, 1, 2] = h, cy
    grid = F.affine_grid(theta.to(x), list(x.shape), align_corners=False)
    return F.grid_sample(x, grid, mode="bilinear", padding_mode="reflection", align_corners=False)


def train_augment(x):
    x = dihedral(x)
    x = random_resized_crop(x)
    x = hed_jitter(x)
    return colour_jitter(x)

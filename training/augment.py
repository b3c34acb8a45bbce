"""Batched GPU/CPU-friendly augmentations on float NCHW tensors in [0, 1]."""
import math

import torch
import torch.nn.functional as F

from shift import blur, jpeg, resample, restain_to, scanner

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
    """Stain augmentation (Tellez et al. 2018): perturb haematoxylin/eosin/DAB densities.

    The perturbation is linear in optical density, so it is applied as one 3x3 matrix and
    bias per sample in RGB optical-density space (about 2x faster on CPU than converting to
    HED and back; unlike that round trip it does not clamp negative HED densities).
    """
    n = x.shape[0]
    a = 1 + (torch.rand(n, 3, device=x.device) * 2 - 1) * sigma
    b = (torch.rand(n, 3, device=x.device) * 2 - 1) * bias
    hed_from_rgb, rgb_from_hed = HED_FROM_RGB.to(x), RGB_FROM_HED.to(x)
    m = hed_from_rgb @ torch.diag_embed(a) @ rgb_from_hed  # (n, 3, 3) on row vectors
    c = b @ rgb_from_hed
    od = -torch.log(x.clamp(min=1e-6))
    od = torch.einsum("nchw,ncd->ndhw", od, m) + c.view(n, 3, 1, 1)
    return torch.exp(-od).clamp(0, 1)


def colour_jitter(x, brightness=0.1, contrast=0.1, saturation=0.1):
    """Brightness, contrast and saturation: each is linear in RGB, so the three are
    composed into one 3x3 matrix and bias per sample before touching the pixels."""
    n = x.shape[0]
    r = lambda s: 1 + (torch.rand(n, 1, 1, device=x.device) * 2 - 1) * s
    eye = torch.eye(3, device=x.device).expand(n, 3, 3)
    grey = torch.tensor([0.299, 0.587, 0.114], device=x.device).expand(3, 3)  # rows: weights
    mean = x.mean((1, 2, 3)).view(n, 1, 1)  # before brightness
    b, c, s = r(brightness), r(contrast), r(saturation)
    # x1 = b x;  x2 = c (x1 - m1) + m1 with m1 = b mean;  x3 = s x2 + (1 - s) G x2
    sat = s * eye + (1 - s) * grey
    m = sat @ (c * b * eye)
    bias = (sat @ ((1 - c) * b * mean).expand(n, 3, 1)).view(n, 3, 1, 1)
    return (torch.einsum("nchw,ndc->ndhw", x, m) + bias).clamp(0, 1)


def random_resized_crop(x, scale=(0.5, 1.0), ratio=(3 / 4, 4 / 3), size=None):
    """Per-sample random crop resized to `size` (default: the input size), via one affine grid."""
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
    out = [n, x.shape[1], size or x.shape[2], size or x.shape[3]]
    grid = F.affine_grid(theta.to(x), out, align_corners=False)
    return F.grid_sample(x, grid, mode="bilinear", padding_mode="reflection", align_corners=False)


def train_augment(x, size=None, crop_scale=(0.5, 1.0)):
    x = dihedral(x)
    x = random_resized_crop(x, crop_scale, size=size)
    x = hed_jitter(x)
    return colour_jitter(x)


def blank_glass(x, share, gen=None):
    """Blank slide over part of `share` of the images: a random side band of 20–50 % of the
    width or height, near-white with a faint tint. The label stays: empty glass is evidence
    of nothing (heat maps on half-blank images must stay on the tissue, src/core/grad-cam.test.ts)."""
    n, _, h, w = x.shape
    out = x.clone()
    for i in torch.nonzero(torch.rand(n, generator=gen) < share).flatten().tolist():
        frac = 0.2 + 0.3 * float(torch.rand(1, generator=gen))
        side = int(torch.randint(0, 4, (1,), generator=gen))
        colour = (0.92 + 0.06 * torch.rand(3, 1, 1, generator=gen)).to(x)
        if side == 0:
            out[i, :, :, : int(w * frac)] = colour
        elif side == 1:
            out[i, :, :, w - int(w * frac):] = colour
        elif side == 2:
            out[i, :, : int(h * frac), :] = colour
        else:
            out[i, :, h - int(h * frac):, :] = colour
    return out


def match_histograms(x, refs, gen, share=1.0):
    """Each channel of each image mapped onto the value distribution of a random 224-px window
    of a random reference slide, blended 50–100 % with the original (a full match can paint
    tissue with the slide's glass)."""
    n, c, h, w = x.shape
    out = x.clone()
    for i in (range(n) if share >= 1 else torch.nonzero(torch.rand(n, generator=gen) < share).flatten().tolist()):
        r = refs[int(torch.randint(0, len(refs), (1,), generator=gen))]
        side = r.shape[-1]
        oy, ox = (int(torch.randint(0, side - h + 1, (1,), generator=gen)) for _ in range(2))
        win = r[:, oy:oy + h, ox:ox + w].reshape(c, -1).sort(1).values
        src = x[i].reshape(c, -1)
        ranks = src.argsort(1).argsort(1)
        matched = torch.gather(win, 1, (ranks * win.shape[1]) // src.shape[1]).reshape(c, h, w)
        lam = 0.5 + 0.5 * float(torch.rand(1, generator=gen))
        out[i] = lam * matched + (1 - lam) * x[i]
    return out


def robust_augment(x, references, size=None, crop_scale=(0.5, 1.0), greyscale=0.0, gen=None, blank=0.0,
                   colour_free=False, air=0.0, style_images=None, style=0.0, histogram=0.0):
    """Training that cannot lean on one laboratory's colours: after flips and crops, re-stain
    80 % of the images with another laboratory's measured stain matrix (the `augment` half of
    training/artifacts/stain-references.csv, vectors ±0.05, concentrations ±25 %), then scanner
    tone/colour, blur, down-and-up resampling and JPEG re-compression (quality 30–95).
    Magnification is varied before this, by mosaics (see train.py)."""
    n = x.shape[0]
    u = lambda lo, hi: torch.empty(n).uniform_(lo, hi, generator=gen)
    coin = lambda p: torch.rand(n, generator=gen) < p
    x = dihedral(x)
    x = random_resized_crop(x, crop_scale, size=size)
    if blank:
        x = blank_glass(x, blank, gen)
    if air:
        x = air_spaces(x, air, gen)
    stains, maxc = references
    do = coin(0.8)
    if do.any():
        pick = torch.randint(0, len(stains), (int(do.sum()),), generator=gen)
        x[do] = restain_to(x[do], stains, maxc, pick, angle_noise=0.05, scale_noise=0.25, gen=gen)
    x = hed_jitter(x)
    if style and style_images is not None:
        x = fourier_style(x, style_images, style, gen)
    if histogram and style_images is not None:
        x = match_histograms(x, style_images, gen, histogram)
    x = scanner(x, u(0.7, 1.4), u(0.85, 1.15), u(0.75, 1.25), u(0.6, 1.4), u(-0.08, 0.08))
    x = blur(x, torch.where(coin(0.3), u(0.3, 1.5), torch.zeros(n)))
    x = resample(x, torch.where(coin(0.2), u(1.2, 2.5), torch.ones(n)), "bilinear")
    x = jpeg(x, torch.where(coin(0.5), torch.randint(30, 96, (n,), generator=gen), torch.zeros(n, dtype=torch.long)))
    if colour_free:
        return random_greyscale(x, gen)
    if greyscale:
        g = coin(greyscale)
        lum = (x * torch.tensor([0.299, 0.587, 0.114]).view(1, 3, 1, 1)).sum(1, keepdim=True)
        x = torch.where(g.view(n, 1, 1, 1), lum.expand_as(x), x)
    return x


def random_greyscale(x, gen=None, spread=0.3):
    """Colour-free training input: each image becomes one grey channel, mixed from R, G and B
    with weights drawn around luminance's (Dirichlet), so the model cannot lean on how one
    laboratory's stains happen to map to grey. Returned as three equal channels."""
    n = x.shape[0]
    conc = torch.tensor([0.299, 0.587, 0.114]) / spread * 3
    w = torch.distributions.Dirichlet(conc).sample((n,)).to(x)  # rows sum to 1
    g = torch.einsum("nchw,nc->nhw", x, w).unsqueeze(1)
    return g.expand(-1, 3, -1, -1).contiguous()


def smooth_noise(n, size, cells, gen=None):
    """Smooth random fields (n, 1, size, size): normal noise on a cells×cells grid, upsampled."""
    z = torch.randn(n, 1, cells, cells, generator=gen)
    return F.interpolate(z, size=(size, size), mode="bicubic", align_corners=False)


def air_spaces(x, share, gen=None):
    """Alveolar-like air spaces in `share` of the images: blobs of blank glass (near-white,
    faint tint) covering 20–60 % of the area, cut where a smooth random field is highest, so
    that the tissue left between them reads as septa. The label stays: real lung is mostly
    air, and a benign image must not need dense tissue (nor a tumour lose its class)."""
    n, _, h, w = x.shape
    out = x.clone()
    pick = torch.nonzero(torch.rand(n, generator=gen) < share).flatten()
    if len(pick) == 0:
        return out
    k = len(pick)
    field = smooth_noise(k, h, 6, gen) + 0.5 * smooth_noise(k, h, 14, gen)
    area = 0.2 + 0.4 * torch.rand(k, generator=gen)
    thr = torch.stack([torch.quantile(field[i].flatten(), 1 - float(area[i])) for i in range(k)])
    mask = torch.sigmoid((field - thr.view(k, 1, 1, 1)) * 8)  # soft edge over a few pixels
    glass = (0.9 + 0.08 * torch.rand(k, 3, 1, 1, generator=gen)).to(x)
    out[pick] = x[pick] * (1 - mask) + glass * mask
    return out


def fourier_style(x, refs, share, gen=None, beta=(0.005, 0.04)):
    """Fourier-domain style transfer (Yang & Soatto, CVPR 2020): swap the lowest spatial
    frequencies' amplitude of `share` of the images for that of a random crop of a real slide
    from another laboratory (`refs`: (M, 3, S, S) in [0, 1]). Illumination, stain density and
    texture contrast come from real slides; the phase (the tissue's structure) is kept."""
    n, _, h, w = x.shape
    out = x.clone()
    pick = torch.nonzero(torch.rand(n, generator=gen) < share).flatten().tolist()
    for i in pick:
        r = refs[int(torch.randint(0, len(refs), (1,), generator=gen))]
        side = r.shape[-1]
        s = int(torch.randint(h, max(h + 1, side), (1,), generator=gen)) if side > h else side
        oy, ox = (int(torch.randint(0, side - s + 1, (1,), generator=gen)) for _ in range(2))
        crop = F.interpolate(r[None, :, oy:oy + s, ox:ox + s], size=(h, w), mode="area")[0]
        fx, fr = torch.fft.fft2(x[i]), torch.fft.fft2(crop)
        b = int(max(1, (beta[0] + (beta[1] - beta[0]) * float(torch.rand(1, generator=gen))) * min(h, w)))
        amp, pha = fx.abs(), fx.angle()
        amp_r = fr.abs()
        lam = 0.5 + 0.5 * float(torch.rand(1, generator=gen))
        for sy in (slice(0, b), slice(h - b, h)):
            for sx in (slice(0, b), slice(w - b, w)):
                amp[:, sy, sx] = lam * amp_r[:, sy, sx] + (1 - lam) * amp[:, sy, sx]
        out[i] = torch.fft.ifft2(torch.polar(amp, pha)).real.clamp(0, 1)
    return out

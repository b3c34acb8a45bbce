"""Draws the toolbar icons (a stylised H&E tissue spot). Run: python3 scripts/make-icons.py"""
from pathlib import Path

from PIL import Image, ImageDraw

out = Path(__file__).resolve().parent.parent / "icons"
out.mkdir(exist_ok=True)
for size in (16, 32, 48, 128):
    s = 8  # supersample, then downscale for smooth edges
    n = size * s
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse((n * 0.04, n * 0.04, n * 0.96, n * 0.96), fill=(238, 170, 205, 255), outline=(120, 40, 110, 255), width=max(s, n // 20))
    for cx, cy, r in ((0.36, 0.38, 0.13), (0.62, 0.34, 0.10), (0.55, 0.63, 0.14), (0.32, 0.66, 0.09)):
        d.ellipse((n * (cx - r), n * (cy - r), n * (cx + r), n * (cy + r)), fill=(70, 40, 140, 255))
    img.resize((size, size), Image.LANCZOS).save(out / f"icon-{size}.png")
print("icons written to", out)

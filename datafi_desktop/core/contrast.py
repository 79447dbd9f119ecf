"""Colour arithmetic for accessibility checks: WCAG 2.x contrast ratios and how colours
look under the common colour-vision deficiencies.

- :func:`contrast_ratio` is the WCAG definition, (L1 + 0.05) / (L2 + 0.05) of the
  relative luminances; AA asks 4.5:1 for text, 3:1 for large text and for the parts
  of controls (a focus ring) that must be seen.
- :func:`simulate` applies the Machado, Oliveira & Fernandes (2009) matrices at
  severity 1.0 (protanopia, deuteranopia, tritanopia) in linear RGB.
- :func:`delta_e` is the CIE76 distance in CIELAB (D65): about 2.3 is just
  noticeable, under ~10 two small patches are easily confused.

>>> round(contrast_ratio("#000000", "#FFFFFF"), 1)
21.0
>>> best_text_on("#F0E442"), best_text_on("#0072B2")
('#000000', '#FFFFFF')
"""

from __future__ import annotations

from typing import Literal

Deficiency = Literal["protanopia", "deuteranopia", "tritanopia"]
RGB = tuple[float, float, float]

#: WCAG AA: normal text, and large text / graphical parts of controls
AA_TEXT = 4.5
AA_GRAPHICS = 3.0

MACHADO: dict[str, tuple[RGB, RGB, RGB]] = {
    "protanopia": ((0.152286, 1.052583, -0.204868),
                   (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968),
                     (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779),
                   (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}
DEFICIENCIES: tuple[Deficiency, ...] = ("protanopia", "deuteranopia", "tritanopia")


def parse_hex(color: str) -> RGB:
    """``#RRGGBB`` as three floats in 0..1; a clear error for anything else."""
    text = color.strip().lstrip("#")
    if len(text) != 6 or any(c not in "0123456789abcdefABCDEF" for c in text):
        raise ValueError(f"not a #RRGGBB colour: {color!r}")
    return (int(text[0:2], 16) / 255, int(text[2:4], 16) / 255, int(text[4:6], 16) / 255)


def to_hex(rgb: RGB) -> str:
    return "#" + "".join(f"{round(min(1.0, max(0.0, c)) * 255):02X}" for c in rgb)


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _encode(c: float) -> float:
    c = min(1.0, max(0.0, c))
    return c * 12.92 if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def relative_luminance(color: str) -> float:
    r, g, b = (_linear(c) for c in parse_hex(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def best_text_on(background: str, dark: str = "#000000", light: str = "#FFFFFF") -> str:
    """Whichever of ``dark`` and ``light`` contrasts more with ``background`` (with
    black and white one of them always reaches 4.5:1)."""
    return dark if contrast_ratio(dark, background) >= contrast_ratio(light, background) \
        else light


def simulate(color: str, deficiency: Deficiency) -> str:
    """``color`` as seen with ``deficiency`` (full severity)."""
    matrix = MACHADO[deficiency]
    lin = [_linear(c) for c in parse_hex(color)]
    out = tuple(_encode(sum(m * c for m, c in zip(row, lin, strict=True))) for row in matrix)
    return to_hex((out[0], out[1], out[2]))


def _lab(color: str) -> RGB:
    r, g, b = (_linear(c) for c in parse_hex(color))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def delta_e(a: str, b: str) -> float:
    la, lb = _lab(a), _lab(b)
    return float(sum((p - q) ** 2 for p, q in zip(la, lb, strict=True)) ** 0.5)


def confusable_pairs(colors: tuple[str, ...] | list[str], deficiency: Deficiency,
                     threshold: float = 10.0) -> list[tuple[int, int, float]]:
    """Index pairs of ``colors`` closer than ``threshold`` (ΔE76) under ``deficiency``."""
    seen = [simulate(c, deficiency) for c in colors]
    pairs = []
    for i in range(len(seen)):
        for j in range(i + 1, len(seen)):
            d = delta_e(seen[i], seen[j])
            if d < threshold:
                pairs.append((i, j, d))
    return pairs

"""Turning TIFF samples into 8-bit display pixels, and halving a block for a pyramid."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[Any]


def display_scale(dtype: np.dtype[Any], bits: int | None, max_sample: int | None) -> float:
    """The factor that maps this image's samples to 0–255: a 16-bit image is shown by
    its top 8 bits, a 12-bit one (BitsPerSample or MaxSampleValue 4095) by its 12."""
    if dtype == np.uint8:
        return 1.0
    if dtype.kind == "f":
        return 255.0  # floats are 0–1 by TIFF convention
    top = max_sample or (2 ** bits - 1 if bits else np.iinfo(dtype).max)
    return 255.0 / max(1, int(top))


def to_display(samples: Array, scale: float, *, min_is_white: bool = False) -> Array:
    """``(h, w)`` or ``(h, w, c)`` samples → ``(h, w, 3|4)`` uint8 RGB(A), C-contiguous."""
    data = samples
    if data.ndim == 2:
        data = data[:, :, None]
    if data.dtype != np.uint8 or scale != 1.0:
        data = np.clip(data.astype(np.float32) * scale, 0, 255).astype(np.uint8)
    if min_is_white:
        data = 255 - data
    channels = data.shape[2]
    if channels == 1:
        data = np.repeat(data, 3, axis=2)
    elif channels == 2:  # grey + alpha
        data = np.concatenate([np.repeat(data[:, :, :1], 3, axis=2), data[:, :, 1:2]], axis=2)
    elif channels > 4:
        data = data[:, :, :3]
    return np.ascontiguousarray(data)


def halve(block: Array) -> Array:
    """A 2×2 box average of ``(h, w, c)`` uint8 pixels (odd edges keep their last row or
    column), the next level of a pyramid."""
    h, w = block.shape[:2]
    if h % 2:
        block = np.concatenate([block, block[-1:]], axis=0)
    if w % 2:
        block = np.concatenate([block, block[:, -1:]], axis=1)
    wide = block.astype(np.uint16)
    total = wide[0::2, 0::2] + wide[1::2, 0::2] + wide[0::2, 1::2] + wide[1::2, 1::2]
    return ((total + 2) // 4).astype(np.uint8)

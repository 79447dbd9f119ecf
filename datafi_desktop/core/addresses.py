"""Ethereum account addresses without the signing stack: the hex check and the
EIP-55 checksum (keccak-256 from pycryptodome, which eth-keyfile already brings).

``eth_utils`` takes about 0.1 s to import (more on a loaded laptop); the wallet
lists its accounts for the status bar with these two functions instead, so the
first screen of the app does not wait for it (issue 16). Both agree with
``eth_utils.is_hex_address`` and ``eth_utils.to_checksum_address`` (tested).
"""

from __future__ import annotations

import re
from typing import Any

_HEX_ADDRESS = re.compile(r"(0[xX])?[0-9a-fA-F]{40}")


def is_hex_address(value: Any) -> bool:
    """``value`` is 40 hex digits, with or without ``0x`` (any letter case)."""
    return isinstance(value, str) and _HEX_ADDRESS.fullmatch(value) is not None


def to_checksum_address(value: str) -> str:
    """The EIP-55 mixed-case form of a hex address (``ValueError`` for anything else)."""
    if not is_hex_address(value):
        raise ValueError(f"not a hex address: {value[:50]!r}")
    from Crypto.Hash import keccak

    digits = value[-40:].lower()
    hashed = keccak.new(data=digits.encode("ascii"), digest_bits=256).hexdigest()
    return "0x" + "".join(c.upper() if int(h, 16) >= 8 else c
                          for c, h in zip(digits, hashed, strict=False))

"""keccak-256, from the fastest implementation installed.

safe-pysha3 (a C extension, ~2 µs for a short input) when it is there, else
pycryptodome's (~12 µs: most of it building the hash object through ctypes). The
hub's intake hashes five times per submission (content hash, three for the EIP-712
digest, the recovered key), the app once per submission and per signature check.

>>> keccak256(b"").hex()[:16]
'c5d2460186f7233c'
"""

from __future__ import annotations

from collections.abc import Callable

_keccak: Callable[[bytes], bytes]

try:
    from sha3 import keccak_256 as _sha3_keccak_256

    def _keccak(data: bytes) -> bytes:
        return _sha3_keccak_256(data).digest()

    BACKEND = "safe-pysha3"
except ImportError:  # pragma: no cover - the dependency is declared; a source build may lack it
    from Crypto.Hash.keccak import new as _pycryptodome_new

    def _keccak(data: bytes) -> bytes:
        return bytes(_pycryptodome_new(data=data, digest_bits=256).digest())

    BACKEND = "pycryptodome"


def keccak256(data: bytes) -> bytes:
    """The 32-byte keccak-256 (Ethereum's, not SHA3-256) of ``data``."""
    return _keccak(data)

"""Sign and verify a Submission (operations per second).

    python benchmarks/bench_signing.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import machine, rate
from datafi_desktop.core.canonical import content_hash_hex
from datafi_desktop.core.protocol import (
    Domain,
    sign_typed,
    submission_message,
    typed_data,
    verify_typed,
)
from tests.conftest import KeySigner


def main() -> None:
    signer = KeySigner("bench")
    domain = Domain(chain_id=131277, verifying_contract="0x" + "11" * 20)
    annotation = {"kind": "bounding_boxes", "boxes": [
        {"label": "car", "x": 10.5 * i, "y": 20.0, "w": 30.0, "h": 40.0} for i in range(10)]}
    message = submission_message(
        submission_id="019ab9e4-3c00-7000-8000-000000000001", campaign="demo",
        task="img-box-001", kind="bounding_boxes", content_hash=content_hash_hex(annotation),
        annotator=signer.address, created_at_ms=1764028800000)
    full = typed_data(domain, "Submission", message)
    signature = sign_typed(full, signer)

    def hash_and_sign() -> None:
        message["contentHash"] = content_hash_hex(annotation)
        sign_typed(typed_data(domain, "Submission", message), signer)

    sign_rate = rate(hash_and_sign)
    verify_rate = rate(lambda: verify_typed(full, signature, signer.address, domain))
    print(f"machine: {machine()}")
    print(f"canonical JSON + content hash + EIP-712 sign (10 boxes): {sign_rate:,.0f} ops/s")
    print(f"EIP-712 verify (recover + domain + low-s check):       {verify_rate:,.0f} ops/s")


if __name__ == "__main__":
    main()

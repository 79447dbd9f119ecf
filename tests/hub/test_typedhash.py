"""The hub's fast Submission digest equals the protocol's general EIP-712 digest."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from datafi_desktop.core.errors import SignatureError
from datafi_desktop.core.protocol import Domain, digest, typed_data
from datafi_desktop.hub.intake.typedhash import submission_digest

hexes = st.binary(min_size=16, max_size=16).map(lambda b: "0x" + b.hex())
hashes = st.binary(min_size=32, max_size=32).map(lambda b: "0x" + b.hex())
addresses = st.binary(min_size=20, max_size=20).map(lambda b: "0x" + b.hex())


@settings(max_examples=300, deadline=None)
@given(sid=hexes, campaign=st.text(max_size=50), task=st.text(max_size=50),
       kind=st.text(max_size=20), content=hashes, annotator=addresses,
       created=st.integers(min_value=0, max_value=2**64 - 1),
       chain_id=st.integers(min_value=1, max_value=2**64), contract=addresses)
def test_equals_the_protocol_digest(sid: str, campaign: str, task: str, kind: str,
                                    content: str, annotator: str, created: int,
                                    chain_id: int, contract: str) -> None:
    domain = Domain(chain_id=chain_id, verifying_contract=contract)
    message = {"id": sid, "campaign": campaign, "task": task, "kind": kind,
               "contentHash": content, "annotator": annotator, "createdAt": created}
    assert submission_digest(domain, message) == digest(typed_data(domain, "Submission",
                                                                   message))


@pytest.mark.parametrize(("field", "value"), [
    ("id", "0x1234"), ("contentHash", "0x" + "zz" * 32), ("annotator", "0x12"),
    ("createdAt", -1), ("createdAt", 2**64), ("createdAt", True), ("campaign", 5),
])
def test_refuses_what_does_not_encode(field: str, value: object) -> None:
    domain = Domain(chain_id=1, verifying_contract="0x" + "11" * 20)
    message: dict[str, object] = {"id": "0x" + "00" * 16, "campaign": "c", "task": "t",
                                  "kind": "k", "contentHash": "0x" + "00" * 32,
                                  "annotator": "0x" + "22" * 20, "createdAt": 1}
    message[field] = value
    with pytest.raises(SignatureError):
        submission_digest(domain, message)

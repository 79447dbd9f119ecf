"""EIP-4361 messages: the spec's examples parse and print back byte for byte; what the
ABNF does not allow is refused; validation checks domain, uri, chain and times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from eth_account import Account
from eth_account.messages import encode_defunct

from datafi_desktop.core import siwe
from datafi_desktop.core.siwe import SiweMessage
from tests.conftest import KeySigner

ADDRESS = "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"

# The examples of EIP-4361 (§ Example message, and the one with a scheme and every field).
SPEC_EXAMPLE = f"""example.com wants you to sign in with your Ethereum account:
{ADDRESS}

I accept the ExampleOrg Terms of Service: https://example.com/tos

URI: https://example.com/login
Version: 1
Chain ID: 1
Nonce: 32891756
Issued At: 2021-09-30T16:25:24Z
Resources:
- ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/
- https://example.com/my-web2-claim.json"""

SPEC_FULL = f"""https://example.com:80 wants you to sign in with your Ethereum account:
{ADDRESS}

Valid statement

URI: https://example.com/login
Version: 1
Chain ID: 123456789
Nonce: 32891756
Issued At: 2021-09-30T16:25:24Z
Expiration Time: 2021-10-01T16:59:59Z
Not Before: 2021-09-30T16:00:00Z
Request ID: requestIdentifier
Resources:
- https://anysite.com/anypage
- ftp://myftpsite.com"""

NO_STATEMENT = f"""example.com wants you to sign in with your Ethereum account:
{ADDRESS}


URI: https://example.com/login
Version: 1
Chain ID: 1
Nonce: 32891756
Issued At: 2021-09-30T16:25:24.123Z"""


@pytest.mark.parametrize("text", [SPEC_EXAMPLE, SPEC_FULL, NO_STATEMENT])
def test_spec_examples_round_trip(text: str) -> None:
    message = SiweMessage.parse(text)
    assert message.to_text() == text
    assert message.address == ADDRESS


def test_fields_of_the_full_example() -> None:
    message = SiweMessage.parse(SPEC_FULL)
    assert message.scheme == "https"
    assert message.domain == "example.com:80"
    assert message.statement == "Valid statement"
    assert message.chain_id == 123456789
    assert message.expiration_time == "2021-10-01T16:59:59Z"
    assert message.not_before == "2021-09-30T16:00:00Z"
    assert message.request_id == "requestIdentifier"
    assert message.resources == ("https://anysite.com/anypage", "ftp://myftpsite.com")


def test_no_statement_means_two_blank_lines() -> None:
    message = SiweMessage.parse(NO_STATEMENT)
    assert message.statement is None
    assert f"{ADDRESS}\n\n\nURI:" in message.to_text()


@pytest.mark.parametrize(
    ("change", "match"),
    [
        (lambda t: t.replace(ADDRESS, ADDRESS.lower().replace("0xc0", "0xC0")), "checksum"),
        (lambda t: t.replace(ADDRESS, "0x1234"), "address"),
        (lambda t: t.replace("Nonce: 32891756", "Nonce: 1234"), "nonce"),
        (lambda t: t.replace("Nonce: 32891756", "Nonce: 3289175!"), "nonce"),
        (lambda t: t.replace("Version: 1", "Version: 2"), "version"),
        (lambda t: t.replace("Chain ID: 1", "Chain ID: one"), "chain id"),
        (lambda t: t.replace("2021-09-30T16:25:24Z", "2021-09-30 16:25:24"), "date-time"),
        (lambda t: t.replace("2021-09-30T16:25:24Z", "2021-13-30T16:25:24Z"), "date-time"),
        (lambda t: t.replace("URI: https://example.com/login", "URI: not a uri"), "uri"),
        (lambda t: t.replace("I accept", "I\taccept"), "statement"),
        (lambda t: t.replace("I accept", "I accept 100%"), "statement"),
        (lambda t: t.replace("\n", "\r\n"), "LF"),
        (lambda t: t + "\n", "unexpected"),
        (lambda t: t + "\nExtra: field", "unexpected"),
        (lambda t: t.replace("Version: 1\nChain ID: 1", "Chain ID: 1\nVersion: 1"), "Version"),
        (lambda t: t.replace(" wants you to sign in", " would like you to sign in"), "line 1"),
        (lambda t: t.replace("example.com wants", "exa mple.com wants"), "domain"),
        (lambda t: t.replace("- https://example.com/my-web2-claim.json", "- not a uri"),
         "resources"),
    ],
)
def test_malformed_messages_are_refused(change: object, match: str) -> None:
    text = change(SPEC_EXAMPLE)  # type: ignore[operator]
    with pytest.raises(siwe.SiweParseError, match=match):
        SiweMessage.parse(text)


def test_build_sign_and_verify_interoperate_with_eth_account() -> None:
    signer = KeySigner("siwe")
    message = siwe.build_message(domain="127.0.0.1:8700", address=signer.address,
                                 uri="http://127.0.0.1:8700", chain_id=131277,
                                 nonce=siwe.new_nonce(), statement="Sign in to the hub.")
    signature = siwe.sign_message(message, signer)
    siwe.verify_signature(message, signature)
    # an independent implementation recovers the same account from the same text
    recovered = Account.recover_message(encode_defunct(text=message.to_text()),
                                        signature=signature)
    assert recovered == signer.address
    other = message.with_(nonce=siwe.new_nonce())
    with pytest.raises(siwe.SiweSignatureError):
        siwe.verify_signature(other, signature)


def _msg(**changes: object) -> SiweMessage:
    return SiweMessage.parse(SPEC_FULL).with_(**changes)


NOW = datetime(2021, 9, 30, 16, 30, tzinfo=UTC)


def test_validate_accepts_a_fitting_message() -> None:
    siwe.validate(_msg(), domain="example.com:80", chain_id=123456789, now=NOW,
                  uri_prefix="https://example.com")


@pytest.mark.parametrize(
    ("message", "kwargs", "error"),
    [
        (_msg(), {"domain": "evil.example"}, siwe.SiweDomainError),
        (_msg(), {"uri_prefix": "https://other.example"}, siwe.SiweDomainError),
        (_msg(), {"chain_id": 1}, siwe.SiweChainError),
        (_msg(), {"now": datetime(2021, 10, 2, tzinfo=UTC)}, siwe.SiweExpiredError),
        (_msg(not_before="2021-09-30T18:00:00Z"), {}, siwe.SiweNotYetValidError),
        (_msg(issued_at="2021-09-30T18:00:00Z"), {}, siwe.SiweNotYetValidError),
        (_msg(expiration_time=None), {"now": NOW + timedelta(hours=2)}, siwe.SiweExpiredError),
    ],
)
def test_validate_refuses(message: SiweMessage, kwargs: dict[str, object],
                          error: type[Exception]) -> None:
    options: dict[str, object] = {"domain": "example.com:80", "chain_id": 123456789,
                                  "now": NOW, "uri_prefix": "https://example.com"}
    options.update(kwargs)
    with pytest.raises(error):
        siwe.validate(message, **options)  # type: ignore[arg-type]


def test_nonces_are_alphanumeric_and_long_enough() -> None:
    nonces = {siwe.new_nonce() for _ in range(100)}
    assert len(nonces) == 100
    assert all(n.isalnum() and len(n) >= 8 for n in nonces)


def test_datetimes_with_offsets_and_fractions() -> None:
    assert siwe.parse_datetime("2021-09-30T18:25:24.5+02:00") == datetime(
        2021, 9, 30, 16, 25, 24, 500000, tzinfo=UTC)
    assert siwe.format_datetime(datetime(2021, 9, 30, 16, 25, 24, tzinfo=UTC)) == (
        "2021-09-30T16:25:24Z")

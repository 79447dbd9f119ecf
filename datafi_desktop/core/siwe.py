"""Sign-In with Ethereum (EIP-4361): build, strictly parse and validate messages.

The message grammar follows the ABNF of EIP-4361 line by line; anything the
grammar does not allow is refused with :class:`SiweParseError` naming the line.
Validation (:func:`validate`) checks what a server must check besides the
signature: domain, URI, chain id, issued-at, expiration time and not-before.
The nonce is the server's business (it must be issued by it and burned on use).

>>> msg = SiweMessage(domain="example.com", address="0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2",
...     uri="https://example.com/login", chain_id=1, nonce="32891756",
...     issued_at="2021-09-30T16:25:24Z", statement="Sign in.")
>>> SiweMessage.parse(msg.to_text()) == msg
True
"""

from __future__ import annotations

import re
import secrets
import string
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from eth_utils import is_checksum_address

from .errors import ProtocolError
from .protocol import DigestSigner, personal_sign, recover_personal


class SiweError(ProtocolError):
    """A Sign-In with Ethereum message is not acceptable."""


class SiweParseError(SiweError):
    """The text does not follow the EIP-4361 grammar."""


class SiweDomainError(SiweError):
    """The message was made for another site (domain or URI)."""


class SiweChainError(SiweError):
    """The message names another chain id."""


class SiweExpiredError(SiweError):
    """The message's expiration time has passed."""


class SiweNotYetValidError(SiweError):
    """The message's not-before time (or issued-at) is in the future."""


class SiweSignatureError(SiweError):
    """The signature does not recover to the message's address."""


# --- the grammar (RFC 3986 and RFC 3339 pieces EIP-4361 uses) ------------------------

_UNRESERVED = string.ascii_letters + string.digits + "-._~"
_GEN_DELIMS = ":/?#[]@"
_SUB_DELIMS = "!$&'()*+,;="
_PCT = r"%[0-9A-Fa-f]{2}"
_STATEMENT_RE = re.compile("^[" + re.escape(_UNRESERVED + _GEN_DELIMS + _SUB_DELIMS + " ") + "]*$")
_PCHAR = "(?:[" + re.escape(_UNRESERVED + _SUB_DELIMS + ":@") + "]|" + _PCT + ")"
_REQUEST_ID_RE = re.compile(f"^{_PCHAR}*$")
_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*$")
_URI_CHARS_RE = re.compile(
    "^(?:[" + re.escape(_UNRESERVED + _GEN_DELIMS + _SUB_DELIMS) + "]|" + _PCT + ")*$"
)
# RFC 3986 appendix B, anchored; the parts are checked further below
_URI_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):(//([^/?#]*))?([^?#]*)(\?[^#]*)?(#.*)?$")
_REG_NAME = "(?:[" + re.escape(_UNRESERVED + _SUB_DELIMS) + "]|" + _PCT + ")*"
_USERINFO = "(?:[" + re.escape(_UNRESERVED + _SUB_DELIMS + ":") + "]|" + _PCT + ")*"
_IP_LITERAL = r"\[[0-9A-Fa-f:.]+\]|\[v[0-9A-Fa-f]+\.[" + re.escape(
    _UNRESERVED + _SUB_DELIMS + ":") + "]+\\]"
_AUTHORITY_RE = re.compile(f"^(?:{_USERINFO}@)?(?:{_IP_LITERAL}|{_REG_NAME})(?::[0-9]*)?$")
_ADDRESS_RE = re.compile(r"^0x[0-9A-Fa-f]{40}$")
_NONCE_RE = re.compile(r"^[A-Za-z0-9]{8,}$")
_CHAIN_RE = re.compile(r"^[0-9]+$")
_DATETIME_RE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"
)

_PREAMBLE = " wants you to sign in with your Ethereum account:"
_FIELDS = (
    ("uri", "URI: "),
    ("version", "Version: "),
    ("chain_id", "Chain ID: "),
    ("nonce", "Nonce: "),
    ("issued_at", "Issued At: "),
)
_OPTIONAL = (
    ("expiration_time", "Expiration Time: "),
    ("not_before", "Not Before: "),
    ("request_id", "Request ID: "),
)


def is_uri(value: str) -> bool:
    """True for an absolute RFC 3986 URI (scheme required)."""
    if not _URI_CHARS_RE.match(value):
        return False
    match = _URI_RE.match(value)
    if match is None:
        return False
    authority = match.group(3)
    return authority is None or bool(_AUTHORITY_RE.match(authority))


def is_authority(value: str) -> bool:
    return bool(value) and bool(_AUTHORITY_RE.match(value))


def parse_datetime(value: str) -> datetime:
    """An RFC 3339 ``date-time`` as an aware datetime; raises :class:`SiweParseError`."""
    match = _DATETIME_RE.match(value)
    if match is None:
        raise SiweParseError(f"not an RFC 3339 date-time: {value[:40]!r}")
    text = value.upper().replace("Z", "+00:00")
    frac = match.group(7)
    if frac and len(frac) > 7:  # datetime keeps microseconds; extra digits carry no meaning
        text = text.replace(frac, frac[:7])
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise SiweParseError(f"not a valid date-time: {value[:40]!r}") from None
    return parsed


def format_datetime(moment: datetime) -> str:
    """UTC, second precision unless there are milliseconds: ``2021-09-30T16:25:24Z``."""
    moment = moment.astimezone(UTC)
    if moment.microsecond:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def new_nonce(length: int = 17) -> str:
    """A random alphanumeric nonce (≥ 8 characters as EIP-4361 asks; 17 ≈ 100 bits)."""
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))


@dataclass(frozen=True)
class SiweMessage:
    """One EIP-4361 message. Times are kept as the exact strings that were signed."""

    domain: str
    address: str
    uri: str
    chain_id: int
    nonce: str
    issued_at: str
    version: str = "1"
    statement: str | None = None
    expiration_time: str | None = None
    not_before: str | None = None
    request_id: str | None = None
    resources: tuple[str, ...] = field(default=())
    scheme: str | None = None

    def __post_init__(self) -> None:
        self._check()

    def _check(self) -> None:
        if self.scheme is not None and not _SCHEME_RE.match(self.scheme):
            raise SiweParseError(f"scheme: not a URI scheme: {self.scheme[:40]!r}")
        if not is_authority(self.domain):
            raise SiweParseError(f"domain: not an RFC 3986 authority: {self.domain[:80]!r}")
        if not _ADDRESS_RE.match(self.address):
            raise SiweParseError("address: must be 0x and 40 hex digits")
        if not is_checksum_address(self.address):
            raise SiweParseError("address: not in EIP-55 checksum form")
        if self.statement is not None and (
            "\n" in self.statement or not _STATEMENT_RE.match(self.statement)
        ):
            raise SiweParseError(
                "statement: only letters, digits, spaces and RFC 3986 reserved characters, "
                "on one line"
            )
        if not is_uri(self.uri):
            raise SiweParseError(f"uri: not an RFC 3986 URI: {self.uri[:80]!r}")
        if self.version != "1":
            raise SiweParseError(f"version: must be 1, got {self.version[:10]!r}")
        if isinstance(self.chain_id, bool) or not isinstance(self.chain_id, int) or (
            self.chain_id < 0
        ):
            raise SiweParseError("chain id: must be a non-negative integer")
        if not _NONCE_RE.match(self.nonce):
            raise SiweParseError("nonce: at least 8 letters or digits")
        parse_datetime(self.issued_at)
        for name in ("expiration_time", "not_before"):
            value = getattr(self, name)
            if value is not None:
                parse_datetime(value)
        if self.request_id is not None and not _REQUEST_ID_RE.match(self.request_id):
            raise SiweParseError("request id: only RFC 3986 path characters")
        for resource in self.resources:
            if not is_uri(resource):
                raise SiweParseError(f"resources: not an RFC 3986 URI: {resource[:80]!r}")

    # --- text form -------------------------------------------------------------------

    def to_text(self) -> str:
        """The exact text the wallet signs (EIP-4361 §Message format)."""
        origin = f"{self.scheme}://{self.domain}" if self.scheme else self.domain
        lines = [origin + _PREAMBLE, self.address, ""]
        if self.statement is not None:
            lines.append(self.statement)
        lines.append("")
        lines += [
            f"URI: {self.uri}",
            f"Version: {self.version}",
            f"Chain ID: {self.chain_id}",
            f"Nonce: {self.nonce}",
            f"Issued At: {self.issued_at}",
        ]
        if self.expiration_time is not None:
            lines.append(f"Expiration Time: {self.expiration_time}")
        if self.not_before is not None:
            lines.append(f"Not Before: {self.not_before}")
        if self.request_id is not None:
            lines.append(f"Request ID: {self.request_id}")
        if self.resources:
            lines.append("Resources:")
            lines += [f"- {r}" for r in self.resources]
        return "\n".join(lines)

    @classmethod
    def parse(cls, text: str) -> SiweMessage:
        """Parse the text form strictly (LF line ends, no trailing newline, no extras)."""
        if not isinstance(text, str):
            raise SiweParseError("a SIWE message is text")
        if "\r" in text:
            raise SiweParseError("line ends must be LF, not CR LF")
        lines = text.split("\n")
        if len(lines) < 8:
            raise SiweParseError("too short for an EIP-4361 message")
        first = lines[0]
        if not first.endswith(_PREAMBLE):
            raise SiweParseError(f"line 1: must end with {_PREAMBLE.strip()!r}")
        origin = first[: -len(_PREAMBLE)]
        scheme: str | None = None
        if "://" in origin:
            scheme, origin = origin.split("://", 1)
        address = lines[1]
        if lines[2] != "":
            raise SiweParseError("line 3: must be empty")
        # [ statement LF ] LF — either "", or statement then ""
        if lines[3] == "":
            statement, pos = None, 4
        else:
            statement, pos = lines[3], 4
            if len(lines) <= pos or lines[pos] != "":
                raise SiweParseError("line 5: must be empty after the statement")
            pos += 1
        values: dict[str, str] = {}
        for name, prefix in _FIELDS:
            if pos >= len(lines) or not lines[pos].startswith(prefix):
                raise SiweParseError(f"line {pos + 1}: expected {prefix.strip()!r}")
            values[name] = lines[pos][len(prefix):]
            pos += 1
        for name, prefix in _OPTIONAL:
            if pos < len(lines) and lines[pos].startswith(prefix):
                values[name] = lines[pos][len(prefix):]
                pos += 1
        resources: list[str] = []
        if pos < len(lines) and lines[pos] == "Resources:":
            pos += 1
            while pos < len(lines) and lines[pos].startswith("- "):
                resources.append(lines[pos][2:])
                pos += 1
        if pos != len(lines):
            raise SiweParseError(f"line {pos + 1}: unexpected text {lines[pos][:40]!r}")
        if not _CHAIN_RE.match(values["chain_id"]):
            raise SiweParseError("chain id: must be digits")
        return cls(
            domain=origin,
            address=address,
            statement=statement,
            uri=values["uri"],
            version=values["version"],
            chain_id=int(values["chain_id"]),
            nonce=values["nonce"],
            issued_at=values["issued_at"],
            expiration_time=values.get("expiration_time"),
            not_before=values.get("not_before"),
            request_id=values.get("request_id"),
            resources=tuple(resources),
            scheme=scheme,
        )

    # --- times ------------------------------------------------------------------------

    @property
    def issued_at_dt(self) -> datetime:
        return parse_datetime(self.issued_at)

    @property
    def expiration_dt(self) -> datetime | None:
        return None if self.expiration_time is None else parse_datetime(self.expiration_time)

    @property
    def not_before_dt(self) -> datetime | None:
        return None if self.not_before is None else parse_datetime(self.not_before)

    def with_(self, **changes: object) -> SiweMessage:
        # silenced below: replace() with **changes of mixed types
        return replace(self, **changes)  # type: ignore[arg-type]


def build_message(
    *,
    domain: str,
    address: str,
    uri: str,
    chain_id: int,
    nonce: str,
    statement: str | None = None,
    issued_at: datetime | None = None,
    expires_in: timedelta | None = timedelta(minutes=10),
    not_before: datetime | None = None,
    request_id: str | None = None,
    resources: tuple[str, ...] = (),
    scheme: str | None = None,
) -> SiweMessage:
    """A message issued now (or at ``issued_at``) that expires after ``expires_in``."""
    from eth_utils import to_checksum_address

    issued = issued_at or datetime.now(UTC)
    return SiweMessage(
        domain=domain,
        address=str(to_checksum_address(address)),
        uri=uri,
        chain_id=chain_id,
        nonce=nonce,
        issued_at=format_datetime(issued),
        statement=statement,
        expiration_time=format_datetime(issued + expires_in) if expires_in else None,
        not_before=format_datetime(not_before) if not_before else None,
        request_id=request_id,
        resources=resources,
        scheme=scheme,
    )


def sign_message(message: SiweMessage, signer: DigestSigner) -> str:
    """EIP-191 ``personal_sign`` of the message text, as 0x hex."""
    return "0x" + personal_sign(message.to_text(), signer).hex()


def validate(
    message: SiweMessage,
    *,
    domain: str,
    chain_id: int,
    now: datetime,
    uri_prefix: str | None = None,
    statement: str | None = None,
    max_skew: timedelta = timedelta(minutes=5),
    max_age: timedelta | None = timedelta(hours=1),
) -> None:
    """Raise a :class:`SiweError` subclass unless the message fits this server and time.

    ``uri_prefix``: the server's base URL; the message's URI must have the same
    scheme, host and port (parsed, not compared as text: ``…@evil.com`` and port
    181019 are refused) and a path under the prefix's path (see :func:`uri_within`).
    ``statement``: when given, the message's statement must be exactly this.
    ``max_skew``: tolerated clock difference for issued-at and not-before.
    ``max_age``: refuse messages issued longer ago than this, even without an expiry.
    """
    if message.domain.lower() != domain.lower():
        raise SiweDomainError(f"domain: message is for {message.domain!r}, this is {domain!r}")
    if uri_prefix is not None and not uri_within(message.uri, uri_prefix):
        raise SiweDomainError(f"uri: message is for {message.uri[:120]!r}, expected "
                              f"{uri_prefix}…")
    if statement is not None and message.statement != statement:
        raise SiweDomainError("statement: not the statement this server asks to sign")
    if message.chain_id != chain_id:
        raise SiweChainError(f"chain id: message is for {message.chain_id}, expected {chain_id}")
    expiry = message.expiration_dt
    if expiry is not None and expiry <= now:
        raise SiweExpiredError(f"message expired at {message.expiration_time}")
    not_before = message.not_before_dt
    if not_before is not None and not_before > now + max_skew:
        raise SiweNotYetValidError(f"message is not valid before {message.not_before}")
    issued = message.issued_at_dt
    if issued > now + max_skew:
        raise SiweNotYetValidError(f"message issued in the future ({message.issued_at})")
    if max_age is not None and issued < now - max_age:
        raise SiweExpiredError(f"message issued too long ago ({message.issued_at})")


_DEFAULT_PORTS = {"http": 80, "https": 443}


def uri_within(uri: str, base: str) -> bool:
    """True when ``uri`` is on ``base``'s origin (scheme, host, port; no userinfo, a valid
    port) and its path is ``base``'s path or below it.

    >>> uri_within("http://127.0.0.1:8700/login", "http://127.0.0.1:8700")
    True
    >>> uri_within("http://127.0.0.1:8700@evil.com/", "http://127.0.0.1:8700")
    False
    >>> uri_within("http://127.0.0.1:870012/", "http://127.0.0.1:8700")
    False
    """
    try:
        got, want = urlsplit(uri), urlsplit(base)
        got_port = got.port or _DEFAULT_PORTS.get(got.scheme.lower())
        want_port = want.port or _DEFAULT_PORTS.get(want.scheme.lower())
    except ValueError:  # a port out of range or not a number
        return False
    if "@" in got.netloc or got.username is not None or got.password is not None:
        return False
    if (got.scheme.lower(), (got.hostname or "").lower(), got_port) != (
            want.scheme.lower(), (want.hostname or "").lower(), want_port):
        return False
    base_path = want.path.rstrip("/")
    return not base_path or got.path == base_path or got.path.startswith(base_path + "/")


def verify_signature(message: SiweMessage, signature: str | bytes) -> None:
    """Raise :class:`SiweSignatureError` unless ``message.address`` signed the text."""
    try:
        signer = recover_personal(message.to_text(), signature)
    except ProtocolError as exc:
        raise SiweSignatureError(str(exc)) from None
    if signer.lower() != message.address.lower():
        raise SiweSignatureError("signature: not made by the message's address")

"""Compiled contract artifacts under ``resources/contracts/artifacts/``.

The artifacts are built by ``tools/js/build-contracts.mjs`` (solc-js) and committed, so
neither the app nor the hub needs a compiler. Each is a JSON object::

    {"contractName", "sourceName", "abi", "bytecode", "deployedBytecode",
     "compiler": {"name", "version", "settings"}, "sourceHashes": {unit: keccak256}}
"""

from __future__ import annotations

import ast
import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eth_abi import decode as abi_decode
from eth_abi import encode as abi_encode
from eth_abi.exceptions import DecodingError
from eth_hash.auto import keccak
from eth_utils import to_checksum_address

from datafi_desktop.core.errors import DataFiError
from datafi_desktop.core.resources import resources_dir

__all__ = [
    "Artifact",
    "ArtifactError",
    "DecodedRevert",
    "artifacts_dir",
    "contracts_dir",
    "decode_revert",
    "load_artifact",
    "resources_dir",
    "revert_data",
]



class ArtifactError(DataFiError):
    """A contract artifact is missing or malformed."""


def contracts_dir() -> Path:
    """``resources/contracts/``: the Solidity sources."""
    return resources_dir() / "contracts"


def artifacts_dir() -> Path:
    """``resources/contracts/artifacts/``: one ``<ContractName>.json`` per contract."""
    return contracts_dir() / "artifacts"


@dataclass(frozen=True)
class Artifact:
    """One compiled contract: what web3 needs to deploy it and talk to it."""

    contract_name: str
    abi: list[dict[str, Any]]
    bytecode: str
    deployed_bytecode: str
    source_name: str = ""
    compiler: dict[str, Any] = field(default_factory=dict)
    source_hashes: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: Any, origin: str = "artifact") -> Artifact:
        if not isinstance(data, dict):
            raise ArtifactError(f"{origin}: expected a JSON object")
        try:
            name = data["contractName"]
            abi = data["abi"]
            bytecode = data["bytecode"]
            deployed = data["deployedBytecode"]
        except KeyError as exc:
            raise ArtifactError(f"{origin}: missing {exc.args[0]}") from None
        if not isinstance(name, str) or not name:
            raise ArtifactError(f"{origin}: contractName must be a non-empty string")
        if not isinstance(abi, list) or not all(isinstance(e, dict) for e in abi):
            raise ArtifactError(f"{origin}: abi must be a list of objects")
        for key, code in (("bytecode", bytecode), ("deployedBytecode", deployed)):
            if not isinstance(code, str) or not code.startswith("0x"):
                raise ArtifactError(f"{origin}: {key} must be a 0x-prefixed hex string")
            try:
                bytes.fromhex(code[2:])
            except ValueError:
                raise ArtifactError(
                    f"{origin}: {key} is not hex (unlinked library placeholder?)"
                ) from None
        compiler = data.get("compiler", {})
        hashes = data.get("sourceHashes", {})
        return cls(
            contract_name=name,
            abi=abi,
            bytecode=bytecode,
            deployed_bytecode=deployed,
            source_name=str(data.get("sourceName", "")),
            compiler=compiler if isinstance(compiler, dict) else {},
            source_hashes={str(k): str(v) for k, v in hashes.items()}
            if isinstance(hashes, dict)
            else {},
        )

    def function_names(self) -> list[str]:
        return sorted(e["name"] for e in self.abi if e.get("type") == "function")

    def error_names(self) -> list[str]:
        return sorted(e["name"] for e in self.abi if e.get("type") == "error")

    def event_names(self) -> list[str]:
        return sorted(e["name"] for e in self.abi if e.get("type") == "event")

    def decode_revert(self, error: BaseException | bytes | str) -> DecodedRevert | None:
        """Decode a revert (an exception from web3, or raw revert data) with this ABI."""
        return decode_revert(error, self.abi)


def load_artifact(name: str, directory: Path | None = None) -> Artifact:
    """Load ``<name>.json`` from ``directory`` (default :func:`artifacts_dir`)."""
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise ArtifactError(f"not a contract name: {name!r}")
    folder = (directory if directory is not None else artifacts_dir()).resolve()
    return _load(folder / f"{name}.json")


@functools.lru_cache(maxsize=32)
def _load_cached(path: Path, mtime_ns: int, size: int) -> Artifact:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ArtifactError(f"cannot read {path}: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise ArtifactError(f"{path}: not valid JSON ({exc})") from exc
    return Artifact.from_json(data, origin=str(path))


def _load(path: Path) -> Artifact:
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise ArtifactError(
            f"no contract artifact {path} (build with: node tools/js/build-contracts.mjs)"
        ) from None
    except OSError as exc:
        raise ArtifactError(f"cannot read {path}: {exc}") from exc
    return _load_cached(path, stat.st_mtime_ns, stat.st_size)


# --- reverts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DecodedRevert:
    """A decoded revert: a custom error of the ABI, ``Error(string)`` or ``Panic(uint256)``."""

    name: str
    args: dict[str, Any]
    data: bytes

    @property
    def selector(self) -> bytes:
        return self.data[:4]


_REVERTED_PREFIX = "execution reverted: "
_ERROR_STRING = {
    "type": "error",
    "name": "Error",
    "inputs": [{"name": "message", "type": "string"}],
}
_PANIC = {"type": "error", "name": "Panic", "inputs": [{"name": "code", "type": "uint256"}]}


def _canonical_type(param: Mapping[str, Any]) -> str:
    typ = str(param["type"])
    if typ.startswith("tuple"):
        inner = ",".join(_canonical_type(c) for c in param.get("components", []))
        return f"({inner}){typ[len('tuple') :]}"
    return typ


def _from_hex(text: str) -> bytes | None:
    if text.startswith(("0x", "0X")):
        try:
            return bytes.fromhex(text[2:])
        except ValueError:
            return None
    return None


def revert_data(error: BaseException) -> bytes | None:
    """The raw revert data carried by an exception from web3, or None.

    Understands web3's ``ContractLogicError`` family (``.data``: a hex string, or from a
    Hardhat node a ``{"message", "data"}`` object) and eth-tester's
    ``TransactionFailed("execution reverted: b'...'")``. A plain revert
    message (``require(cond, "text")`` on eth-tester) comes back ABI-encoded as
    ``Error(string)``.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        data = getattr(current, "data", None)
        if isinstance(data, Mapping):  # Hardhat: {"message": ..., "data": "0x..."}
            data = data.get("data")
        if isinstance(data, bytes) and data:
            return data
        if isinstance(data, str) and (raw := _from_hex(data)):
            return raw
        if current.args and isinstance(current.args[0], str):
            message = current.args[0]
            if message.startswith(_REVERTED_PREFIX):
                rest = message[len(_REVERTED_PREFIX) :]
                if rest[:2] in ("b'", 'b"'):
                    try:
                        literal = ast.literal_eval(rest)
                    except (ValueError, SyntaxError):
                        literal = None
                    if isinstance(literal, bytes):
                        return literal
                elif raw := _from_hex(rest):
                    return raw
                else:
                    selector = keccak(b"Error(string)")[:4]
                    return selector + abi_encode(["string"], [rest])
        current = current.__cause__ or current.__context__
    return None


def decode_revert(
    error: BaseException | bytes | str, abi: Sequence[Mapping[str, Any]]
) -> DecodedRevert | None:
    """Decode a revert against ``abi``'s custom errors (and ``Error``/``Panic``), or None."""
    if isinstance(error, BaseException):
        data = revert_data(error)
    elif isinstance(error, str):
        data = _from_hex(error)
    else:
        data = bytes(error)
    if data is None or len(data) < 4:
        return None
    candidates = [e for e in abi if e.get("type") == "error"] + [_ERROR_STRING, _PANIC]
    for entry in candidates:
        inputs = entry.get("inputs", [])
        types = [_canonical_type(p) for p in inputs]
        signature = f"{entry['name']}({','.join(types)})"
        if keccak(signature.encode())[:4] != data[:4]:
            continue
        try:
            values = abi_decode(types, data[4:]) if types else ()
        except DecodingError:
            continue
        names = [str(p.get("name") or f"arg{i}") for i, p in enumerate(inputs)]
        values = tuple(
            to_checksum_address(v) if t == "address" else v
            for t, v in zip(types, values, strict=True)
        )
        return DecodedRevert(str(entry["name"]), dict(zip(names, values, strict=True)), data)
    return None

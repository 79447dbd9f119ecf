"""After a deployment: the code on-chain is the artifact's, and the roles are as asked.

Solidity writes ``immutable`` values (the token address, EIP-712's cached domain) into the
runtime code at deployment; the artifact's ``deployedBytecode`` has zeros there. The code
on-chain must equal the artifact byte for byte except inside such slots — the operand of
a ``PUSH32 0x00…00`` in the artifact — and the values in them are then checked through
the contracts' own views (``token()``, ``eip712Domain()``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from eth_utils import keccak, to_checksum_address
from hexbytes import HexBytes
from web3 import Web3

from ...core.chain.artifacts import load_artifact
from ..errors import HubError

if TYPE_CHECKING:
    from .deploy import DeployParams

PUSH1: Final = 0x60
PUSH32: Final = 0x7F
ZERO_ROLE: Final = b"\x00" * 32


class VerificationError(HubError):
    status_code = 409


def immutable_slots(code: bytes) -> list[tuple[int, int]]:
    """(start, end) of every zero ``PUSH32`` operand in runtime code."""
    slots: list[tuple[int, int]] = []
    i = 0
    while i < len(code):
        op = code[i]
        if PUSH1 <= op <= PUSH32:
            width = op - PUSH1 + 1
            if op == PUSH32 and code[i + 1:i + 33] == b"\x00" * 32:
                slots.append((i + 1, i + 33))
            i += 1 + width
        else:
            i += 1
    return slots


def same_code(onchain: bytes, artifact: bytes) -> tuple[bool, int]:
    """(equal outside immutable slots, how many slots hold a value)."""
    if len(onchain) != len(artifact):
        return False, 0
    slots = immutable_slots(artifact)
    masked_chain, masked_art = bytearray(onchain), bytearray(artifact)
    filled = 0
    for start, end in slots:
        if masked_chain[start:end] != masked_art[start:end]:
            filled += 1
        masked_chain[start:end] = masked_art[start:end] = b"\x00" * (end - start)
    return bytes(masked_chain) == bytes(masked_art), filled


def check_code(w3: Web3, record: dict[str, Any], params: DeployParams) -> None:
    for name, key in (("DataFiToken", "token"), ("RewardDistributor", "distributor")):
        address = to_checksum_address(record[key])
        code = bytes(w3.eth.get_code(address))
        expected = bytes(HexBytes(load_artifact(name).deployed_bytecode))
        ok, filled = same_code(code, expected)
        if not ok:
            raise VerificationError(f"the code at {address} is not the artifact {name}'s "
                                    f"deployedBytecode ({len(code)} vs {len(expected)} bytes)")
        record["steps"][key]["code_hash"] = "0x" + keccak(code).hex()
        record["steps"][key]["immutable_slots_filled"] = filled
    distributor = w3.eth.contract(address=to_checksum_address(record["distributor"]),
                                  abi=load_artifact("RewardDistributor").abi)
    if to_checksum_address(distributor.functions.token().call()) != record["token"]:
        raise VerificationError("the distributor's token() is not the deployed token")
    for key in ("token", "distributor"):
        contract = w3.eth.contract(address=to_checksum_address(record[key]),
                                   abi=load_artifact("RewardDistributor").abi)
        domain = contract.functions.eip712Domain().call()
        if int(domain[3]) != params.chain_id or to_checksum_address(domain[4]) != record[key]:
            raise VerificationError(f"the {key}'s EIP-712 domain names chain {domain[3]} "
                                    f"and {domain[4]}, not this deployment")


def check_roles(w3: Web3, record: dict[str, Any], params: DeployParams) -> dict[str, Any]:
    """The roles on both contracts, checked against the parameters; returned for the record."""
    dist = w3.eth.contract(address=to_checksum_address(record["distributor"]),
                           abi=load_artifact("RewardDistributor").abi)
    token = w3.eth.contract(address=to_checksum_address(record["token"]),
                            abi=load_artifact("DataFiToken").abi)
    settler_role = bytes(dist.functions.SETTLER_ROLE().call())
    pauser_role = bytes(dist.functions.PAUSER_ROLE().call())
    minter_role = keccak(text="MINTER_ROLE")
    want = [
        (dist, ZERO_ROLE, params.admin, True, "distributor admin"),
        (dist, settler_role, params.settler, True, "distributor settler"),
        (dist, pauser_role, params.pauser, True, "distributor pauser"),
        (token, ZERO_ROLE, params.admin, True, "token admin"),
        (token, minter_role, params.admin, True, "token minter"),
    ]
    if params.admin != params.deployer:
        want += [(dist, ZERO_ROLE, params.deployer, False, "distributor admin"),
                 (token, ZERO_ROLE, params.deployer, False, "token admin"),
                 (token, minter_role, params.deployer, False, "token minter")]
    for contract, role, who, expected, label in want:
        has = bool(contract.functions.hasRole(role, who).call())
        if has != expected:
            raise VerificationError(f"{label}: {who} {'lacks' if expected else 'still has'} "
                                    "the role")
    balance = int(token.functions.balanceOf(record["distributor"]).call())
    if record["steps"].get("mint") and balance < params.supply:
        raise VerificationError(f"the distributor holds {balance}, not the supply "
                                f"{params.supply}")
    return {"distributor": {"admin": params.admin, "settler": params.settler,
                            "pauser": params.pauser},
            "token": {"admin": params.admin, "minter": params.admin},
            "relayer": params.relayer}

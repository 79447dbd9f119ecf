"""``datafi-hub chain deploy``: the token and the distributor on any EIP-1559 chain.

A deployment is a list of steps, each one transaction from the deployer's key:

1. ``token``: ``DataFiToken(name, symbol, deployer)``;
2. ``distributor``: ``RewardDistributor(token, admin, settler, pauser)`` (roles granted
   by the constructor);
3. ``mint``: the supply minted to the distributor (when the supply is not 0);
4. when the admin is not the deployer: the token's admin and minter roles granted to the
   admin and renounced by the deployer (four steps).

Every step's transaction is signed and **stored in the hub database before it is
broadcast**, so a run killed anywhere resumes: a stored transaction is looked up (its
receipt, or rebroadcast while its nonce is free); a mined one is never sent again. After
the last step the contracts are checked — the code on-chain equals the artifact's
``deployedBytecode`` (immutable slots aside, whose values are checked through
``token()`` and ``eip712Domain()``), the roles are the ones asked — and the record turns
``deployed``. The record (JSON) holds chain id, addresses, transactions, blocks, roles
and the keccak of each artifact file.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Final, cast

from eth_account.signers.local import LocalAccount
from eth_account.typed_transactions import TypedTransaction
from eth_utils import keccak, to_checksum_address
from hexbytes import HexBytes
from sqlalchemy import Connection, insert, select, update
from web3 import Web3
from web3.exceptions import TransactionNotFound
from web3.types import TxParams

from ...core.chain.artifacts import artifacts_dir, load_artifact
from ..errors import HubError, NotFound
from ..settlement.fee_policy import bumped
from ..settlement.gas_money import eth
from .deploy_checks import check_code, check_roles
from .deploy_tables import deployments

log = logging.getLogger("datafi_desktop.hub.deploy")

ZERO_ROLE: Final = "0x" + "00" * 32
MINTER_ROLE: Final = "0x" + keccak(text="MINTER_ROLE").hex()
#: gas allowed for a step that cannot be estimated before the earlier ones are mined
STEP_GAS: Final = {"mint": 120_000, "role": 80_000}
#: chains that mine a block per transaction (Hardhat, Anvil, Ganache): one confirmation
DEV_CHAINS: Final = frozenset({31337, 1337})
Fault = Callable[[str], None]


class DeployError(HubError):
    """The deployment cannot go on (the message says why and what to do)."""

    status_code = 409


def default_confirmations(chain_id: int) -> int:
    return 1 if chain_id in DEV_CHAINS else 3


@dataclass(frozen=True)
class DeployParams:
    name: str
    chain_id: int
    deployer: str
    admin: str
    settler: str
    pauser: str
    relayer: str | None
    token_name: str
    token_symbol: str
    supply: int
    public_rpc_urls: tuple[str, ...] = ()

    def key(self) -> dict[str, Any]:
        """What must be equal for a re-run to resume this deployment."""
        found = asdict(self)
        found.pop("public_rpc_urls")
        found["supply"] = str(self.supply)
        return found


def artifact_hashes() -> dict[str, str]:
    return {name: "0x" + keccak((artifacts_dir() / f"{name}.json").read_bytes()).hex()
            for name in ("DataFiToken", "RewardDistributor")}


def step_names(params: DeployParams) -> list[str]:
    names = ["token", "distributor"]
    if params.supply > 0:
        names.append("mint")
    if params.admin != params.deployer:
        names += ["token_grant_admin", "token_grant_minter", "token_renounce_minter",
                  "token_renounce_admin"]
    return names


# --- the record in the database -------------------------------------------------------------


def load_record(conn: Connection, name: str) -> dict[str, Any] | None:
    row = conn.execute(select(deployments.c.record).where(deployments.c.name == name)).first()
    return None if row is None else cast(dict[str, Any], json.loads(row.record))


def get_deployment(conn: Connection, name: str) -> dict[str, Any]:
    found = load_record(conn, name)
    if found is None:
        known = list(conn.execute(select(deployments.c.name)).scalars())
        raise NotFound(f"no deployment named {name!r} in this hub (known: "
                       f"{', '.join(known) or 'none'}; make one with `datafi-hub chain deploy`)")
    return found


def list_deployments(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(select(deployments.c.record).order_by(deployments.c.name))
    return [json.loads(r.record) for r in rows]


def _save(conn: Connection, record: dict[str, Any], now: int, *, new: bool = False) -> None:
    values = {"chain_id": record["chain_id"], "state": record["state"],
              "record": json.dumps(record, sort_keys=True), "updated_at": now}
    if new:
        conn.execute(insert(deployments).values(name=record["name"], created_at=now, **values))
    else:
        conn.execute(update(deployments).where(deployments.c.name == record["name"])
                     .values(**values))


def public_record(record: dict[str, Any]) -> dict[str, Any]:
    """The record without the signed raw transactions (what is printed and written)."""
    out = json.loads(json.dumps(record))
    for step in out.get("steps", {}).values():
        step.pop("raw_tx", None)
    return cast(dict[str, Any], out)


# --- fees and the balance check -------------------------------------------------------------


@dataclass(frozen=True)
class FeePolicy:
    max_fee_per_gas: int | None = None  # the cap (wei); None: no cap
    priority_fee: int | None = None


def network_fees(w3: Web3, policy: FeePolicy) -> tuple[int, int]:
    """(base fee, tip) the node asks now (the tip: ``policy.priority_fee`` when set)."""
    base = int(w3.eth.get_block("latest").get("baseFeePerGas") or 0)
    try:
        tip = policy.priority_fee if policy.priority_fee is not None else int(
            w3.eth.max_priority_fee)
    except Exception:
        tip = 1_000_000_000
    return base, tip


def fees(w3: Web3, policy: FeePolicy) -> tuple[int, int]:
    """(maxFeePerGas, maxPriorityFeePerGas): 2 × base fee + tip, capped."""
    base, tip = network_fees(w3, policy)
    max_fee = 2 * base + tip
    if policy.max_fee_per_gas is not None:
        if base + tip > policy.max_fee_per_gas:
            raise DeployError(f"fees are above the cap: base fee {base / 1e9:g} gwei + tip "
                              f"{tip / 1e9:g} gwei > --max-fee-gwei "
                              f"{policy.max_fee_per_gas / 1e9:g}; nothing was sent, try later")
        max_fee = min(max_fee, policy.max_fee_per_gas)
        tip = min(tip, max_fee)
    return max_fee, tip


def _build(w3: Web3, params: DeployParams, record: dict[str, Any], step: str) -> dict[str, Any]:
    """The unsigned transaction of a step (``to``/``data``)."""
    sender = params.deployer
    if step == "token":
        factory = w3.eth.contract(abi=load_artifact("DataFiToken").abi,
                                  bytecode=load_artifact("DataFiToken").bytecode)
        return dict(factory.constructor(params.token_name, params.token_symbol, sender)
                    ._build_transaction({"from": sender}))
    if step == "distributor":
        art = load_artifact("RewardDistributor")
        factory = w3.eth.contract(abi=art.abi, bytecode=art.bytecode)
        token = record.get("token") or sender  # a placeholder address for estimating
        return dict(factory.constructor(token, params.admin, params.settler, params.pauser)
                    ._build_transaction({"from": sender}))
    token = w3.eth.contract(address=to_checksum_address(record["token"]),
                            abi=load_artifact("DataFiToken").abi)
    calls = {
        "mint": lambda: token.functions.mint(record["distributor"], params.supply),
        "token_grant_admin": lambda: token.functions.grantRole(HexBytes(ZERO_ROLE), params.admin),
        "token_grant_minter": lambda: token.functions.grantRole(HexBytes(MINTER_ROLE),
                                                                params.admin),
        "token_renounce_minter": lambda: token.functions.renounceRole(HexBytes(MINTER_ROLE),
                                                                      sender),
        "token_renounce_admin": lambda: token.functions.renounceRole(HexBytes(ZERO_ROLE),
                                                                     sender),
    }
    return {"to": token.address, "data": calls[step]()._encode_transaction_data()}


def estimate_cost(w3: Web3, params: DeployParams, record: dict[str, Any],
                  max_fee: int) -> tuple[int, int]:
    """(gas, wei) the steps not yet done may need at ``max_fee`` per gas."""
    gas = 0
    for step in step_names(params):
        if record["steps"].get(step, {}).get("status") == "mined":
            continue
        if step in ("token", "distributor"):
            tx = _build(w3, params, record, step)
            gas += int(w3.eth.estimate_gas({"from": params.deployer, "data": tx["data"]}))
        else:
            gas += STEP_GAS["mint" if step == "mint" else "role"]
    return gas, gas * max_fee


# --- running the steps ----------------------------------------------------------------------


@dataclass
class Deployer:
    """Runs (or resumes) one deployment; ``save(record)`` stores the record."""

    w3: Web3
    account: LocalAccount
    params: DeployParams
    save: Callable[[dict[str, Any]], None]
    policy: FeePolicy = FeePolicy()
    confirmations: int = 1
    timeout: float = 600.0
    #: a step's transaction still pending this long is sent again with higher fees (0: never)
    replace_after: float = 90.0
    poll: float = 0.5
    fault: Fault | None = None
    progress: Callable[[str], None] = log.info

    def run(self, record: dict[str, Any]) -> dict[str, Any]:
        for step in step_names(self.params):
            self._step(record, step)
        self._confirm(record)
        check_code(self.w3, record, self.params)
        record["roles"] = check_roles(self.w3, record, self.params)
        record["state"] = "deployed"
        self.save(record)
        return record

    def _step(self, record: dict[str, Any], step: str) -> None:
        info = record["steps"].get(step)
        if info is not None and info.get("status") == "mined":
            return
        if info is not None and info.get("tx_hash"):
            receipt = self._resume(record, step, info)
            if receipt is not None:
                self._mined(record, step, info, receipt)
                return
        info = self._send(record, step)
        receipt = self._wait(record, step, info)
        self._mined(record, step, info, receipt)

    def _send(self, record: dict[str, Any], step: str) -> dict[str, Any]:
        w3, me = self.w3, self.account.address
        tx = _build(w3, self.params, record, step)
        max_fee, tip = fees(w3, self.policy)
        params: dict[str, Any] = {
            "from": me, "chainId": self.params.chain_id, "type": 2,
            "nonce": int(w3.eth.get_transaction_count(me, "pending")),
            "maxFeePerGas": max_fee, "maxPriorityFeePerGas": tip,
            "data": tx["data"], "value": 0}
        if "to" in tx:
            params["to"] = tx["to"]
        estimate = int(w3.eth.estimate_gas(cast(TxParams, {
            k: v for k, v in params.items() if k in ("from", "to", "data", "value")})))
        params["gas"] = estimate * 6 // 5 + 1000
        signed = self.account.sign_transaction(params)
        tx_hash = "0x" + bytes(signed.hash).hex()
        info = {"tx_hash": tx_hash, "nonce": params["nonce"],
                "raw_tx": "0x" + bytes(signed.raw_transaction).hex(), "status": "sent",
                "max_fee_per_gas": max_fee, "sent": [tx_hash]}
        record["steps"][step] = info
        self.save(record)  # stored before it is broadcast
        if self.fault is not None:
            self.fault(f"{step}:signed")
        w3.eth.send_raw_transaction(signed.raw_transaction)
        self.progress(f"{step}: sent {info['tx_hash']} (nonce {info['nonce']})")
        if self.fault is not None:
            self.fault(f"{step}:sent")
        return info

    def _resume(self, record: dict[str, Any], step: str, info: dict[str, Any]) -> Any:
        """A stored transaction: its receipt or a replacement's (waiting while one is
        pending), a rebroadcast while its nonce is free, or None when another transaction
        took its nonce."""
        w3 = self.w3
        receipt = self._receipt(info)
        if receipt is not None:
            return receipt
        try:
            w3.eth.get_transaction(HexBytes(info["tx_hash"]))
            return self._wait(record, step, info)
        except TransactionNotFound:
            pass
        mined_nonce = int(w3.eth.get_transaction_count(self.account.address, "latest"))
        if mined_nonce <= int(info["nonce"]) and info.get("raw_tx"):
            self.progress(f"rebroadcasting {info['tx_hash']} (nonce {info['nonce']})")
            try:
                w3.eth.send_raw_transaction(HexBytes(info["raw_tx"]))
            except Exception as exc:
                log.info("rebroadcast of %s: %s", info["tx_hash"], str(exc)[:200])
            return self._wait(record, step, info)
        log.warning("transaction %s was replaced (nonce %s used): sending the step again",
                    info["tx_hash"], info["nonce"])
        return None

    def _receipt(self, info: dict[str, Any]) -> Any:
        """The receipt of whichever transaction sent for the step was mined, or None."""
        for tx_hash in reversed(info.get("sent") or [info["tx_hash"]]):
            try:
                return self.w3.eth.get_transaction_receipt(HexBytes(tx_hash))
            except TransactionNotFound:
                continue
        return None

    def _wait(self, record: dict[str, Any], step: str, info: dict[str, Any]) -> Any:
        """The receipt of the step's transaction or of a replacement of it: one still
        pending after ``replace_after`` seconds is replaced (same nonce, higher fees)."""
        start = time.monotonic()
        replace_at = start + self.replace_after
        while (receipt := self._receipt(info)) is None:
            now = time.monotonic()
            if now - start > self.timeout:
                raise DeployError(f"transaction {info['tx_hash']} not mined within "
                                  f"{self.timeout:g} s; run the same command again to resume")
            if self.replace_after > 0 and now >= replace_at and info.get("raw_tx"):
                self._replace(record, step, info)
                replace_at = now + self.replace_after
            time.sleep(self.poll)
        return receipt

    def _replace(self, record: dict[str, Any], step: str, info: dict[str, Any]) -> None:
        """Sign the step's transaction again with its nonce and fees raised by at least
        25 % (within the cap); stored in the record before it is broadcast."""
        old = TypedTransaction.from_bytes(HexBytes(info["raw_tx"])).as_dict()
        cap = self.policy.max_fee_per_gas
        base, tip_now = network_fees(self.w3, self.policy)
        max_fee = bumped(int(old["maxFeePerGas"]), 2 * base + tip_now, cap)
        tip = min(bumped(int(old["maxPriorityFeePerGas"]), tip_now, cap), max_fee)
        if max_fee <= int(old["maxFeePerGas"]) or tip <= int(old["maxPriorityFeePerGas"]):
            self.progress(f"{step}: {info['tx_hash']} is still pending and the fee cap "
                          "leaves no room to replace it; waiting")
            return
        tx: dict[str, Any] = {k: old[k] for k in ("chainId", "nonce", "gas", "value", "data",
                                                  "accessList")}
        if old.get("to"):
            tx["to"] = old["to"]
        tx.update(type=2, maxFeePerGas=max_fee, maxPriorityFeePerGas=tip)
        signed = self.account.sign_transaction(tx)
        tx_hash = "0x" + bytes(signed.hash).hex()
        info.update(tx_hash=tx_hash, raw_tx="0x" + bytes(signed.raw_transaction).hex(),
                    max_fee_per_gas=max_fee,
                    sent=[*(info.get("sent") or []), tx_hash])
        record["steps"][step] = info
        self.save(record)  # stored before it is broadcast, like the first one
        try:
            self.w3.eth.send_raw_transaction(signed.raw_transaction)
        except Exception as exc:  # the old one was mined meanwhile: its receipt comes next
            log.info("replacement of %s not accepted: %s", step, str(exc)[:200])
            return
        self.progress(f"{step}: replaced a stuck transaction (nonce {info['nonce']}): max fee "
                      f"{int(old['maxFeePerGas'])} → {max_fee} wei, tx {tx_hash}")

    def _mined(self, record: dict[str, Any], step: str, info: dict[str, Any],
               receipt: Any) -> None:
        if int(receipt["status"]) != 1:
            raise DeployError(f"step {step}: transaction {info['tx_hash']} reverted in block "
                              f"{receipt['blockNumber']}")
        info.update(status="mined", block=int(receipt["blockNumber"]),
                    gas_used=int(receipt["gasUsed"]),
                    tx_hash="0x" + bytes(receipt["transactionHash"]).hex())
        info.pop("raw_tx", None)
        if step in ("token", "distributor"):
            address = receipt["contractAddress"]
            if address is None:
                raise DeployError(f"step {step}: the receipt names no contract address")
            record[step] = str(to_checksum_address(address))
            info["address"] = record[step]
        record["steps"][step] = info
        self.save(record)
        self.progress(f"{step}: mined in block {info['block']}")
        if self.fault is not None:
            self.fault(f"{step}:mined")

    def _confirm(self, record: dict[str, Any]) -> None:
        """Wait until the last step has ``confirmations`` blocks (its own included)."""
        last = max(int(s["block"]) for s in record["steps"].values())
        target = last + self.confirmations - 1
        deadline = time.monotonic() + self.timeout
        while int(self.w3.eth.block_number) < target:
            if time.monotonic() > deadline:
                raise DeployError(f"block {target} not reached within {self.timeout:g} s "
                                  "(confirmations); run the command again to resume")
            time.sleep(self.poll)
        record["confirmations"] = self.confirmations


def new_record(params: DeployParams, rpc_urls: Sequence[str]) -> dict[str, Any]:
    return {"name": params.name, "chain_id": params.chain_id, "state": "deploying",
            "deployer": params.deployer, "params": params.key(),
            "public_rpc_urls": list(params.public_rpc_urls or rpc_urls),
            "artifacts": artifact_hashes(), "steps": {}, "token": None, "distributor": None}


def check_resumable(record: dict[str, Any], params: DeployParams) -> None:
    if record["params"] != params.key():
        changed = sorted(k for k, v in params.key().items() if record["params"].get(k) != v)
        raise DeployError(f"deployment {params.name!r} exists with other settings "
                          f"({', '.join(changed)} differ): give another --name, or the same "
                          "options to resume it; nothing was sent")
    if record["artifacts"] != artifact_hashes():
        raise DeployError(f"deployment {params.name!r} was started with other contract "
                          "artifacts: give another --name; nothing was sent")


def shortfall(balance: int, need: int, address: str, chain_id: int) -> str:
    return (f"the deployer {address} holds {eth(balance)} on chain {chain_id}; the "
            f"deployment may cost up to {eth(need)}: send at least {eth(need - balance)} "
            f"to {address}, then run the command again; nothing was sent")

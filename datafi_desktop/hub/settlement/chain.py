"""The hub's side of the chain: which node, which keys, and sending from them.

A campaign's ``chain`` settings name the chain id, the distributor and the RPC URL
(``"embedded"``: the in-process EVM registered by :mod:`datafi_desktop.core.demo_chain`).
The hub sends two kinds of transactions, each from its own key:

- the **settler** posts epochs (``postEpoch``; the key needs ``SETTLER_ROLE``);
- the **relayer** sends claims for accounts without gas (any funded key: ``claim`` pays
  the account whoever sends it).

A key is a file holding a hex private key (mode 0600) or a keystore v3 JSON whose password
is in the environment (``DATAFI_HUB_KEY_PASSWORD``), or — on the embedded chain — one of
its unlocked accounts (the deployer settles, account 1 relays).
"""

from __future__ import annotations

import logging
import stat
import threading
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast

from eth_account import Account
from eth_account.signers.local import LocalAccount
from eth_utils import to_checksum_address
from hexbytes import HexBytes
from web3 import Web3
from web3.contract.contract import ContractFunction
from web3.types import TxParams, TxReceipt

from ...core.chain.client import EMBEDDED_RPC, ChainClient, ChainError, embedded_web3
from ...core.chain.rpc_pool import FailoverProvider
from ...core.models import ChainSettings
from ..errors import HubError
from .fee_policy import capped
from .gas_money import require_gas_money
from .sent_tx import SentTx

if TYPE_CHECKING:
    from ..service import Hub

log = logging.getLogger("datafi_desktop.hub.chain")

KEY_PASSWORD_ENV: Final = "DATAFI_HUB_KEY_PASSWORD"  # noqa: S105 (a variable name)
#: relayed claims per account and hour, unless configured otherwise
DEFAULT_RELAY_LIMIT: Final = 5


class ChainUnavailable(HubError):
    """The hub has no chain access (or no key) for what was asked."""

    status_code = 503


Sender = str | LocalAccount


def load_key_file(path: Path | str, password: str | None = None) -> LocalAccount:
    """A key from a file: 64 hex digits (``0x`` optional), or a keystore v3 JSON whose
    password is ``password`` or comes from the environment (:func:`keys.read_password`).
    Warns when others may read the file."""
    from ..chain.keys import HubKeyError, open_key_file, read_password

    file = Path(path).expanduser()
    try:
        text = file.read_text(encoding="utf-8").strip()
        mode = file.stat().st_mode
    except OSError as exc:
        raise ChainUnavailable(f"cannot read the key file {file}: {exc.strerror or exc}"
                               ) from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        log.warning("key file %s can be read by others: chmod 600 it", file)
    if text.startswith("{"):
        try:
            return open_key_file(file, password if password is not None else read_password())
        except HubKeyError as exc:
            raise ChainUnavailable(f"{file}: {exc}") from None
    digits = text.removeprefix("0x").removeprefix("0X")
    if len(digits) != 64:
        raise ChainUnavailable(f"{file}: expected a 32-byte hex private key")
    try:
        return cast(LocalAccount, Account.from_key(bytes.fromhex(digits)))
    except ValueError:
        raise ChainUnavailable(f"{file}: not a valid private key") from None


def sender_address(sender: Sender) -> str:
    return str(sender.address if isinstance(sender, LocalAccount) else
               to_checksum_address(sender))


@dataclass
class RewardsConfig:
    """How the hub reaches chains and which keys it sends with.

    ``rpc_urls`` overrides the RPC URL per chain id (the campaign's otherwise);
    ``settler`` / ``relayer`` are keys (or, on the embedded chain, unlocked addresses;
    None there means the embedded defaults). ``relay_limit`` claims per account per
    ``relay_window_s``.
    """

    rpc_urls: dict[int, str] = field(default_factory=dict)
    settler: Sender | None = None
    relayer: Sender | None = None
    relay_limit: int = DEFAULT_RELAY_LIMIT
    relay_window_s: int = 3600
    #: where epochs are published (the uri posted on-chain); {campaign} and {epoch} filled in
    uri_template: str = "{base}/v1/campaigns/{campaign}/epochs/{epoch}"
    send_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    #: the most a hub transaction may offer per gas (wei; None: no cap)
    max_fee_per_gas: int | None = None
    #: a hub transaction still pending after this many seconds is replaced (0: never)
    replace_after_s: float = 90.0
    #: where each role's key came from (named in "fund this key" messages)
    key_sources: dict[str, str] = field(default_factory=dict)
    #: why a role's default key could not be opened (said instead of "no key")
    key_errors: dict[str, str] = field(default_factory=dict)
    chains: dict[tuple[int, str], HubChain] = field(default_factory=dict, repr=False)


_configs: weakref.WeakKeyDictionary[Hub, RewardsConfig] = weakref.WeakKeyDictionary()


def configure(hub: Hub, config: RewardsConfig | None = None, **changes: Any) -> RewardsConfig:
    """Set (or change) the hub's chain access; returns the configuration in force."""
    current = config or _configs.get(hub) or RewardsConfig()
    for key, value in changes.items():
        if not hasattr(current, key):
            raise TypeError(f"unknown rewards setting {key!r}")
        setattr(current, key, value)
    _configs[hub] = current
    return current


def config_of(hub: Hub) -> RewardsConfig:
    found = _configs.get(hub)
    if found is None:
        found = _configs[hub] = _default_config(hub)
    return found


def _default_config(hub: Hub) -> RewardsConfig:
    """Keys the data directory holds: ``keys/settler.json`` and ``keys/relayer.json``
    (keystores made by ``datafi-hub keys``), else ``settler.key`` and ``relayer.key``."""
    from .fee_policy import cap_from_env

    config = RewardsConfig(max_fee_per_gas=cap_from_env())
    for role in ("settler", "relayer"):
        for path in (hub.settings.data_dir / "keys" / f"{role}.json",
                     hub.settings.data_dir / f"{role}.key"):
            if path.is_file():
                try:
                    setattr(config, role, load_key_file(path))
                    config.key_sources[role] = str(path)
                except (ChainUnavailable, HubError) as exc:
                    config.key_errors[role] = str(exc)
                    log.warning("%s", exc)
                break
    return config


@dataclass
class HubChain:
    """One campaign's chain as the hub uses it."""

    settings: ChainSettings
    w3: Web3
    client: ChainClient

    @property
    def is_embedded(self) -> bool:
        return self.settings.rpc_url == EMBEDDED_RPC


def chain_for(settings: ChainSettings, config: RewardsConfig) -> HubChain:
    """The web3 for a campaign's chain (the configured URL for its chain id wins)."""
    url = config.rpc_urls.get(settings.chain_id, settings.rpc_url)
    if url != settings.rpc_url:  # the hub's own URL(s) for this chain: comma-separated
        first, *more = [u.strip() for u in url.split(",") if u.strip()] or [url]
        settings = settings.model_copy(update={"rpc_url": first, "rpc_urls": tuple(more)})
        url = first
    if url == EMBEDDED_RPC:
        w3 = embedded_web3(settings.chain_id)
        if w3 is None:
            raise ChainUnavailable(f"no embedded chain {settings.chain_id} runs in this "
                                   "process: give the hub an RPC URL for it")
    elif url.startswith(("http://", "https://")):
        w3 = Web3(FailoverProvider(settings.all_rpc_urls, timeout=10))
    else:
        raise ChainUnavailable(f"RPC URL {url!r}: expected http(s)://… or 'embedded'")
    client = ChainClient(settings, w3=w3)
    try:
        client.check_chain()
    except ChainError as exc:
        raise ChainUnavailable(str(exc)) from None
    return HubChain(settings, w3, client)


def cached_chain(settings: ChainSettings, config: RewardsConfig) -> HubChain:
    """:func:`chain_for`, kept per chain id and URL (the API reads the chain per request)."""
    url = config.rpc_urls.get(settings.chain_id, settings.rpc_url)
    key = (settings.chain_id, url)
    found = config.chains.get(key)
    if found is None or found.settings.distributor != settings.distributor:
        found = config.chains[key] = chain_for(settings, config)
    return found


def embedded_sender(chain: HubChain, role: str) -> str:
    """On the embedded chain: the deployer settles, account 1 relays."""
    accounts: list[str] = list(chain.w3.eth.accounts)
    return str(to_checksum_address(accounts[0] if role == "settler" else accounts[1]))


def role_sender(chain: HubChain, config: RewardsConfig, role: str) -> Sender:
    sender = getattr(config, role)
    if sender is not None:
        return cast(Sender, sender)
    if chain.is_embedded:
        return embedded_sender(chain, role)
    if role in config.key_errors:
        raise ChainUnavailable(f"the {role} key cannot be opened: {config.key_errors[role]}")
    raise ChainUnavailable(f"the hub has no {role} key (`datafi-hub keys create {role}`, "
                           f"or give --{role}-key-file)")


def sign_or_send(chain: HubChain, fn: ContractFunction, sender: Sender, *,
                 gas: int | None = None, record: Any = None, role: str = "sender",
                 source: str | None = None, max_fee_cap: int | None = None) -> SentTx:
    """Send ``fn`` from ``sender``. A local key signs here, and ``record(sent)`` runs with
    the raw transaction and its hash *before* it is broadcast (so a crash after that can
    be resumed); an unlocked address is sent by the node."""
    w3 = chain.w3
    address = sender_address(sender)
    if isinstance(sender, LocalAccount):
        nonce = int(w3.eth.get_transaction_count(to_checksum_address(address), "pending"))
        fees = capped(chain.client.fees(), max_fee_cap)
        params: dict[str, Any] = {
            "from": address, "nonce": nonce, "chainId": chain.settings.chain_id,
            "maxFeePerGas": fees.max_fee_per_gas,
            "maxPriorityFeePerGas": fees.max_priority_fee_per_gas}
        if gas is not None:
            params["gas"] = gas
        built = fn.build_transaction(cast(TxParams, params))
        require_gas_money(w3, address, int(built["gas"]), int(fees.max_fee_per_gas),
                          role=role, source=source, chain_id=chain.settings.chain_id)
        signed = sender.sign_transaction(cast(dict[str, Any], built))
        sent = SentTx("0x" + bytes(signed.hash).hex(), nonce,
                      "0x" + bytes(signed.raw_transaction).hex(), address)
        if record is not None:
            record(sent)
        w3.eth.send_raw_transaction(signed.raw_transaction)
        return sent
    params = {"from": address}
    if gas is not None:
        params["gas"] = gas
    tx_hash = fn.transact(cast(TxParams, params))
    sent = SentTx(HexBytes(tx_hash).to_0x_hex(), None, None, address)
    if record is not None:
        record(sent)
    return sent


def wait_receipt(chain: HubChain, tx_hash: str, timeout: float = 120.0) -> TxReceipt:
    return chain.w3.eth.wait_for_transaction_receipt(HexBytes(tx_hash), timeout=timeout)

"""A whole demo run in a child process with every logger at DEBUG into files, for
test_desktop_secrets: create an account (mnemonic), fail and succeed to unlock, label, sync,
review and settle on the demo chain, claim with the password (and with a wrong one), import
a damaged key and a damaged phrase, lock. The secrets it used are written to ``secrets.json``
(the only file the test does not grep)."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

from eth_account import Account

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.demo_chain import start_demo_chain
from datafi_desktop.core.profile import Profile
from datafi_desktop.core.rewards import Rewards
from datafi_desktop.core.sync import SyncEngine
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.hub.settlement.demo import demo_review_and_settle
from tests.chain.rewards_support import LABELS, start_rewards_hub

PASSWORD = "Tr0ub4dor&3-secret"


def main(root: Path) -> None:
    profile = Profile(root / "profile").ensure()
    logging.basicConfig(level=logging.DEBUG, filename=profile.log_dir / "app.log",
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    log = logging.getLogger("secrets_child")
    wallet = Wallet(profile.wallet_dir, scrypt_n=2**12)
    created = wallet.create(PASSWORD, label="mine")
    Account.enable_unaudited_hdwallet_features()
    key = Account.from_mnemonic(created.mnemonic).key.hex().removeprefix("0x")
    (root / "secrets.json").write_text(json.dumps({"mnemonic": created.mnemonic, "key": key,
                                                   "password": PASSWORD}))
    for attempt in (lambda: wallet.unlock(created.address, PASSWORD + "x"),
                    lambda: wallet.import_private_key(key[:-2] + "zz", PASSWORD),
                    lambda: wallet.import_private_key(key, "short"),
                    lambda: wallet.import_mnemonic(created.mnemonic.replace(" ", "  x", 1),
                                                   PASSWORD),
                    lambda: wallet.import_mnemonic(created.mnemonic, PASSWORD)):
        try:
            attempt()
        except Exception as exc:  # what a crash report or an error dialog would show
            log.exception("refused: %s", exc)
            print(f"error shown to the user: {exc}", file=sys.stderr)
    wallet.unlock(created.address, PASSWORD)
    chain = start_demo_chain()
    hub = start_rewards_hub(root / "hub", chain.settings)
    try:
        with Cache(profile.db_path) as cache:
            engine = SyncEngine(cache, hub.url, wallet.signer)
            engine.sync_now(lease={"c1": 3})
            for n, summary in enumerate(cache.tasks.task_summaries("c1", states=("new",))):
                cache.submissions.submit(summary.uid, {"kind": "text_classification",
                                                       "labels": [LABELS[n % 2]]}, wallet.signer())
            report = engine.sync_now()
            log.info("pushed: %s", report)
            demo_review_and_settle(hub, chain)
            engine.sync_now()
            rewards = Rewards(cache)
            prepared = rewards.prepare("c1", created.address)
            try:
                rewards.send_claim(prepared, PASSWORD + "!", wallet)
            except Exception as exc:
                log.exception("claim refused: %s", exc)
            record = rewards.send_claim(prepared, PASSWORD, wallet)
            log.info("claimed %s", record)
            print(f"claimed {record.amount}")
    finally:
        wallet.lock()
        hub.stop()
        chain.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1]))

"""A screenshot of the Rewards page for the docs, in a lived-in state.

    xvfb-run -s "-screen 0 1280x800x24" python scripts/screenshot_rewards.py [--out DIR]

Starts the demo chain and an in-process hub, and plays a short history through the real
code: epoch 1 claimed from the wallet, epoch 2 settled, a claim prepared under epoch 2's
root that reverted with RootMismatch because epoch 3 came first, and work accepted since
(pending). Then shows the Rewards page (1280×800) and writes ``rewards.png``. The keys are
test keys derived from public strings: never fund them anywhere real.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSWORD = "screenshot password"  # noqa: S105 (a throwaway demo wallet)
DFT = 10**18


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", help="show the app in this language (--lang ar writes "
                        "rtl-ar-rewards-lived.png and rtl-ar-rewards-claim.png)")
    args = parser.parse_args(argv)
    prefix = f"rtl-{args.lang}-" if args.lang else ""
    if os.environ.get("QT_QPA_PLATFORM", "") == "offscreen" or not os.environ.get("DISPLAY"):
        print("screenshot: needs an X display; run under xvfb-run", file=sys.stderr)
        return 2
    from eth_utils import keccak
    from PySide6.QtWidgets import QApplication

    from datafi_desktop.core.cache import Cache
    from datafi_desktop.core.demo_chain import start_demo_chain
    from datafi_desktop.core.models import parse_campaign
    from datafi_desktop.core.profile import Profile
    from datafi_desktop.core.rewards import Rewards, RewardsHub
    from datafi_desktop.core.sync.client import HubClient
    from datafi_desktop.core.wallet import Wallet
    from datafi_desktop.hub.campaigns.importer import LoadedCampaign
    from datafi_desktop.hub.server.inprocess import start_hub
    from datafi_desktop.hub.settings import HubSettings
    from datafi_desktop.hub.settlement import ledger
    from datafi_desktop.hub.settlement.settle import settle
    from datafi_desktop.ui.app import create_application, start_translations
    from datafi_desktop.ui.main_window import MainWindow
    from datafi_desktop.ui.session import Session
    from datafi_desktop.ui.worker import background_pool

    demo = start_demo_chain()
    tmp = Path(tempfile.mkdtemp(prefix="datafi-shot-"))
    campaign = parse_campaign({"id": "demo", "name": "DataFi demo campaign",
                               "chain": demo.settings.model_dump()})
    hub = start_hub(HubSettings(data_dir=tmp / "hub", chain_id=demo.chain_id),
                    campaigns=[LoadedCampaign(campaign, [], {}, "shot")])
    profile = Profile(tmp / "profile").ensure()
    cache = Cache.for_profile(profile)
    cache.tasks.upsert_campaign(campaign.model_copy(update={"hub_url": hub.url}))
    wallet = Wallet(profile.wallet_dir, scrypt_n=2**12)
    key = "0x" + keccak(text="datafi screenshot key").hex()
    account = wallet.import_private_key(key, PASSWORD, label="Screenshots").address
    wallet.unlock(account, PASSWORD)
    demo.give_gas(account, 2 * 10**16)

    def earn(*amounts: int) -> None:
        with hub.hub.engine.begin() as conn:
            for amount in amounts:
                n = ledger.last_id(conn, "demo") or 0
                ledger.append(conn, campaign_id="demo", account=account, amount=amount,
                              kind="submission", digest="0x" + f"{n + 1:064x}",
                              submission_id=f"s{n}", created_at=hub.hub.now())

    rewards = Rewards(cache)
    api = RewardsHub.for_url(hub.url)
    earn(3 * DFT, 5 * DFT // 2, 5 * DFT // 2)  # epoch 1: 8 DFT, claimed from the wallet
    settle(hub.hub, "demo")
    rewards.refresh_hub("demo", account, api)
    rewards.send_claim(rewards.prepare("demo", account), PASSWORD, wallet)
    earn(3 * DFT, DFT // 2, DFT)  # epoch 2: 12.5 DFT
    settle(hub.hub, "demo")
    rewards.refresh_hub("demo", account, api)
    stale = rewards.prepare("demo", account)
    earn(3 * DFT // 2)  # epoch 3 lands before the claim: RootMismatch
    settle(hub.hub, "demo")
    rewards.send_claim(stale, PASSWORD, wallet)
    earn(2 * DFT, 3 * DFT // 2)  # accepted since: pending
    with HubClient(hub.url) as client:
        client.sign_in(wallet.signer())
        rewards.refresh_hub("demo", account, RewardsHub(client), mine=True)
    rewards.refresh_chain("demo", account)

    app = create_application()
    assert isinstance(app, QApplication)
    start_translations(args.lang or "en")  # English too: its plural forms
    session = Session(profile, cache, wallet, campaign_id="demo")
    window = MainWindow(session)
    window.resize(1280, 800)
    window.show()
    page = window.show_page("rewards")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
        summary = getattr(page, "summary", None)
        if summary is not None and summary.status.chain_checked_at and not any(
                not job.finished for job in getattr(page, "jobs", [])):
            break
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / (f"{prefix}rewards-lived.png" if prefix else "rewards.png")
    window.grab().save(str(path))
    print(f"wrote {path}")
    # the claim dialog: gas, fees and the password asked again
    earn(DFT)
    settle(hub.hub, "demo")
    rewards.refresh_hub("demo", account, api)
    page.reload()  # type: ignore[attr-defined]
    page.claim()  # type: ignore[attr-defined]
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and getattr(page, "claim_dialog", None) is None:
        app.processEvents()
        time.sleep(0.05)
    dialog = page.claim_dialog  # type: ignore[attr-defined]
    if dialog is not None:
        for _ in range(20):
            app.processEvents()
            time.sleep(0.02)
        dialog_path = args.out / f"{prefix}rewards-claim.png"
        dialog.grab().save(str(dialog_path))
        print(f"wrote {dialog_path}")
        dialog.reject()
    session.stop()
    background_pool().waitForDone(10_000)
    window.close()
    api.close()
    hub.stop()
    cache.close()
    demo.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``datafi-bundle-check``: what the GUI smoke does not reach, run inside a built bundle.

Built only when ``DATAFI_BUNDLE_CHECK=1`` (``tests/packaging/test_bundle.py`` sets it;
release builds leave it out). It runs on the bundle's own Python and libraries:

- resources: found under ``sys._MEIPASS/resources``; the contract artifacts load;
- Qt: the image format and icon engine plugins (JPEG, PNG, SVG, WebP, GIF, ICO) load,
  the app icon's SVG renders;
- Pillow: the demo's JPEGs decode through ``core.images``; WebP round-trips;
- the whole reward loop on the in-process EVM: the demo chain (eth-tester on py-evm,
  contracts deployed), the demo hub on 127.0.0.1 (uvicorn, FastAPI, alembic migrations
  on SQLite) settling there, a wallet account (scrypt keystore, coincurve signatures),
  a text task leased, labelled, signed and synced, accepted by the demo reviewer, an
  epoch settled on-chain, the proof pulled and the reward claimed from the wallet.

Prints one line per step and exits 0 when every step passed, 1 otherwise.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

PASSWORD = "bundle check password"  # noqa: S105 (a throwaway account, deleted on exit)
failures: list[str] = []


def step(name: str) -> Callable[[Callable[[], str]], Callable[[], str]]:
    def run(func: Callable[[], str]) -> Callable[[], str]:
        try:
            detail = func()
        except Exception as exc:  # every step reports; the exit code sums them up
            failures.append(name)
            print(f"check: {name}: FAILED: {type(exc).__name__}: {exc}", flush=True)
            traceback.print_exc()
        else:
            print(f"check: {name}: ok ({detail})", flush=True)
        return func

    return run


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    bundle = Path(getattr(sys, "_MEIPASS", ""))
    if not getattr(sys, "frozen", False):
        print("check: not running from a PyInstaller bundle", file=sys.stderr)
        return 2

    @step("resources")
    def _resources() -> str:
        from datafi_desktop.core.chain.artifacts import load_artifact
        from datafi_desktop.core.resources import resources_dir

        found = resources_dir()
        if found != bundle / "resources":
            raise AssertionError(f"resources at {found}, not in the bundle {bundle}")
        names = [load_artifact(n).contract_name for n in ("DataFiToken", "RewardDistributor")]
        return f"{found.relative_to(bundle)}; artifacts {', '.join(names)}"

    @step("qt plugins")
    def _qt() -> str:
        from PySide6.QtGui import QGuiApplication, QIcon, QImage, QImageReader

        from datafi_desktop.core.resources import resource

        app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
        formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
        missing = {"jpeg", "png", "svg", "webp", "gif", "ico"} - formats
        if missing:
            raise AssertionError(f"image formats missing: {sorted(missing)}")
        icon = QIcon(str(resource("icons", "datafi.svg")))  # the SVG icon engine
        if icon.pixmap(64, 64).isNull():
            raise AssertionError("the SVG icon engine did not render datafi.svg")
        photo = next(resource("demo", "images").glob("*.jpg"))
        if QImage(str(photo)).isNull():
            raise AssertionError(f"Qt cannot decode {photo.name}")
        return f"{app.platformName()}; {len(formats)} image formats"

    @step("pillow")
    def _pillow() -> str:
        from PIL import Image

        from datafi_desktop.core.images import load_image
        from datafi_desktop.core.resources import resource

        photos = sorted(resource("demo", "images").glob("*.jpg"))
        sizes = {load_image(p, 512).size for p in photos}
        buffer = io.BytesIO()
        Image.new("RGB", (8, 8), "red").save(buffer, "WEBP")
        if Image.open(io.BytesIO(buffer.getvalue())).size != (8, 8):
            raise AssertionError("WebP did not round-trip")
        return f"{len(photos)} demo photos, {len(sizes)} sizes; WebP"

    @step("reward loop on the in-process EVM")
    def _loop() -> str:
        with tempfile.TemporaryDirectory(prefix="datafi-bundle-check-") as tmp:
            return reward_loop(Path(tmp))

    return 1 if failures else 0


def reward_loop(root: Path) -> str:
    from datafi_desktop.core.cache import Cache
    from datafi_desktop.core.demo import DEMO_CAMPAIGN_ID
    from datafi_desktop.core.demo_chain import start_demo_chain
    from datafi_desktop.core.rewards import Rewards
    from datafi_desktop.core.sync import SyncEngine
    from datafi_desktop.core.wallet import Wallet
    from datafi_desktop.hub.server.inprocess import start_demo_hub
    from datafi_desktop.hub.settlement.demo import demo_review_and_settle

    chain = start_demo_chain()
    hub = start_demo_hub(root / "hub", chain.settings)
    try:
        wallet = Wallet(root / "wallet", scrypt_n=2**12)
        address = wallet.create(PASSWORD, label="bundle check").info.address
        wallet.unlock(address, PASSWORD)
        with Cache(root / "cache.sqlite3") as cache:
            engine = SyncEngine(cache, hub.url, wallet.signer)
            report = engine.sync_now(lease={DEMO_CAMPAIGN_ID: 100})
            if report.state.value != "idle" or not report.leased:
                raise AssertionError(f"first sync: {report.state.value} {report.message}")
            todo = cache.tasks.task_summaries(DEMO_CAMPAIGN_ID, states=["new"],
                                              kinds=["text_classification"], limit=1)
            if not todo:
                raise AssertionError("no text classification task was leased")
            task = cache.tasks.get_task(todo[0].uid)
            label = task.task.config.label_names[0]
            cache.submissions.submit(task.uid, {"kind": "text_classification", "labels": [label]},
                                     wallet.signer())
            report = engine.sync_now()
            if report.accepted != 1:
                raise AssertionError(f"the hub accepted {report.accepted} submissions: "
                                     f"{report.message}")
            settled = demo_review_and_settle(hub, chain, campaign_id=DEMO_CAMPAIGN_ID)
            if settled.epoch is None:
                raise AssertionError(f"nothing settled: {settled.message}")
            report = engine.sync_now()  # pulls the proof
            rewards = Rewards(cache)
            record = rewards.send_claim(rewards.prepare(DEMO_CAMPAIGN_ID, address),
                                        PASSWORD, wallet)
            balance = chain.token_balance(address)
            if record.state != "confirmed" or balance <= 0:
                raise AssertionError(f"claim {record.state}, balance {balance}")
        wallet.lock()
        return (f"chain {chain.chain_id}, hub {hub.url}, epoch {settled.epoch}, claimed "
                f"{balance / 10**18:g} {chain.settings.token_symbol} in block "
                f"{record.block_number}")
    finally:
        hub.stop()
        chain.stop()


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of reviewing for the docs, from the demo campaign.

    xvfb-run -s "-screen 0 1280x800x24" python scripts/screenshot_review.py [--out DIR]

Makes, in ``--out`` (default ``docs/screenshots``):

    review.png            the Review page on a text classification: the label under review,
                          two other annotators' labels and the consensus (1280×800)
    review-reject.png     the same with the reject dialog open
    review-image.png      the Review page on bounding boxes: the other annotator's boxes
                          dashed in their card's colour
    verdict.png           the Tasks page: a submission rejected with the reviewer's reason,
                          and "My quality" with the gold hold
    verdict-corrected.png a corrected submission with "Show correction" on
    review-2x.png         review.png at QT_SCALE_FACTOR=2 (a child process on a
                          2560×1600 Xvfb screen when xvfb-run exists)

The review items are real signed submissions of test keys (derived from public strings:
never fund them), stored in the cache the way a review lease stores them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TEST_PHRASE = "test test test test test test test test test test test junk"
PASSWORD = "screenshot password"  # noqa: S105 (a throwaway demo wallet)
SIZE = (1280, 800)
MAX_BYTES = 400_000


class TestKey:
    """A signer over a key derived from a public string (screenshots only)."""

    def __init__(self, seed: str) -> None:
        from eth_keys import keys
        from eth_utils import keccak

        self._key = keys.PrivateKey(keccak(text=f"datafi screenshot key: {seed}"))
        self.address = str(self._key.public_key.to_checksum_address())

    def sign_digest(self, digest: bytes) -> bytes:
        sig = self._key.sign_msg_hash(digest)
        return sig.to_bytes()[:64] + bytes([sig.v + 27])


def signed(campaign: Any, task: Any, annotation: dict[str, Any], key: TestKey,
           minutes_ago: int) -> dict[str, Any]:
    from eth_utils import keccak
    from uuid6 import uuid7

    from datafi_desktop.core.canonical import canonical_json
    from datafi_desktop.core.protocol import digest, sign_typed, submission_message, typed_data

    sid = str(uuid7())
    canon = canonical_json(annotation)
    message = submission_message(
        submission_id=sid, campaign=campaign.id, task=task.id, kind=task.kind.value,
        content_hash="0x" + keccak(canon).hex(), annotator=key.address,
        created_at_ms=int(time.time() * 1000) - minutes_ago * 60_000)
    full = json.loads(json.dumps(typed_data(campaign.domain, "Submission", message)))
    return {"id": sid, "account": key.address, "annotation": json.loads(canon),
            "content_hash": "0x" + keccak(canon).hex(), "digest": "0x" + digest(full).hex(),
            "typed_data": full, "signature": "0x" + sign_typed(full, key).hex()}


def item(campaign: Any, task: Any, annotation: dict[str, Any], key: TestKey,
         others: list[tuple[TestKey, dict[str, Any]]], minutes_ago: int) -> Any:
    """One review item as the hub leases it (the wire's ``ReviewItemOut``)."""
    from datafi_desktop.core.quality import consensus
    from datafi_desktop.core.wire.review import ReviewItemOut

    out = signed(campaign, task, annotation, key, minutes_ago)
    rows = []
    for other_key, other in others:
        sub = signed(campaign, task, other, other_key, minutes_ago + 7)
        rows.append({"submission_id": sub["id"], "account": other_key.address,
                     "annotation": sub["annotation"], "status": "pending"})
    agreed = consensus([annotation, *(o for _k, o in others)]).to_json() if others else None
    return ReviewItemOut.model_validate({
        **out, "campaign_id": campaign.id, "task": task.model_dump(mode="json"),
        "kind": task.kind.value,
        "others": rows, "consensus": agreed, "reviews_done": 0, "reviews_needed": 1,
        "lease_expires_at": int(time.time() * 1000) + 7 * 86_400_000,
        "received_at": int(time.time() * 1000) - minutes_ago * 60_000})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", choices=["1x", "2x"], help=argparse.SUPPRESS)
    parser.add_argument("--lang", default=None,
                        help="the UI's language (as --lang of the app), e.g. es or ar")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if os.environ.get("QT_QPA_PLATFORM", "") == "offscreen" or not os.environ.get("DISPLAY"):
        print("screenshot: needs an X display; run under xvfb-run", file=sys.stderr)
        return 2
    code = shoot(args.out, scale=2 if args.only == "2x" else 1, lang=args.lang)
    if code == 0 and args.only is None:
        env = dict(os.environ, QT_SCALE_FACTOR="2", QT_ENABLE_HIGHDPI_SCALING="1")
        command = [sys.executable, str(Path(__file__).resolve()), "--out", str(args.out),
                   "--only", "2x", *(["--lang", args.lang] if args.lang else [])]
        xvfb = shutil.which("xvfb-run")
        if xvfb:
            command = [xvfb, "-a", "-s", "-screen 0 2560x1600x24", *command]
        code = subprocess.run(command, env=env, check=False).returncode  # noqa: S603
    return code


def shoot(out: Path, scale: int, lang: str | None = None) -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtTest import QTest

    from datafi_desktop.core.profile import temporary_profile
    from datafi_desktop.core.wallet import Wallet
    from datafi_desktop.ui.app import create_application, open_session, start_translations
    from datafi_desktop.ui.main_window import MainWindow
    from datafi_desktop.ui.review_page import ReviewPage

    app = create_application()
    start_translations(lang or "en")  # English too: its plural forms
    profile = temporary_profile("datafi-review-shots-")
    session = open_session(profile, demo=True, wallet=Wallet(profile.wallet_dir, scrypt_n=2**12))

    def settle(ms: int = 500) -> None:
        deadline = time.monotonic() + ms / 1000
        while time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    try:
        info = session.wallet.import_mnemonic(TEST_PHRASE, PASSWORD, label="Demo")
        session.wallet.unlock(info.address, PASSWORD)
        session.remember_account(info.address)
        cache = session.cache
        campaign = cache.tasks.get_campaign("demo")
        ana, ben, chloe = TestKey("ana"), TestKey("ben"), TestKey("chloe")

        def task(task_id: str) -> Any:
            row = cache.tasks.find_task("demo", task_id)
            assert row is not None, task_id
            return row.task

        def text(labels: list[str]) -> dict[str, Any]:
            return {"kind": "text_classification", "labels": labels}

        street = task("img-boxes-001")
        predicted = dict(street.predictions[0].annotation)
        mine = [b for b in predicted["boxes"] if b["label"] != "traffic light"][:7]
        theirs = [dict(b, x=round(b["x"] + 3, 1), w=round(b["w"] - 4, 1)) for b in mine[:4]]
        theirs.append({"label": "traffic light", "x": 708.7, "y": 252.8, "w": 25.9, "h": 57.3})
        cache.reviews.store_review_items("demo", [
            item(campaign, task("text-cls-006"), text(["positive"]), ana,
                 [(ben, text(["negative"])), (chloe, text(["negative"]))], 12),
            item(campaign, task("text-cls-002"), text(["negative"]), ben,
                 [(ana, text(["negative"]))], 25),
            item(campaign, task("text-cls-004"), text(["mixed"]), chloe, [], 31),
            item(campaign, street, {"kind": "bounding_boxes", "boxes": mine}, ben,
                 [(chloe, {"kind": "bounding_boxes", "boxes": theirs})], 44),
            item(campaign, task("compare-003"), {"kind": "comparison", "choice": "B",
                                                 "reason": "more detail", "ratings": {}},
                 ana, [], 58),
            item(campaign, task("text-spans-001"), {"kind": "text_spans", "spans": [
                {"start": 18, "end": 29, "label": "PER"},
                {"start": 37, "end": 51, "label": "ORG"}]}, chloe, [], 66),
        ])
        window = MainWindow(session)
        window.resize(*SIZE)
        window.show()
        QTest.qWaitForWindowExposed(window, 10_000)
        page = window.show_page("review")
        assert isinstance(page, ReviewPage)
        page.activated()
        settle()
        page.say("A accepts · R rejects · C corrects · O shows the other labels · J/K next")
        name = "review-2x.png" if scale == 2 else "review.png"
        save(window.grab(), out / name)
        if scale == 2:
            return 0
        page.reject()
        settle()
        dialog = page.reject_dialog
        assert dialog is not None
        dialog.pick(0)
        dialog.details.setText("sarcastic: the update annoyed them")
        settle(300)
        save_with_dialog(window, dialog, out / "review-reject.png")
        dialog.reject()
        settle()
        page.panel.select_row(3)
        canvas = getattr(page.view.pane, "canvas", None)
        deadline = time.monotonic() + 20
        while canvas is not None and canvas.state != "ready" and time.monotonic() < deadline:
            settle(50)
        settle()
        page.say("Dashed: the other annotator's boxes · O shows each label in turn · C corrects")
        save(window.grab(), out / "review-image.png")
        shoot_verdicts(window, session, settle, out)
        window.close()
        return 0
    finally:
        session.stop()
        session.wallet.lock()
        session.cache.close()
        shutil.rmtree(profile.root, ignore_errors=True)
        del app


def shoot_verdicts(window: Any, session: Any, settle: Any, out: Path) -> None:
    """The annotator's side: their submissions with the verdicts the hub sent back."""
    cache = session.cache
    signer = session.wallet.signer()
    reviewer = TestKey("dana").address
    now = int(time.time() * 1000)

    def submit(task_id: str, labels: list[str]) -> tuple[int, str]:
        row = cache.tasks.find_task("demo", task_id)
        assert row is not None
        sub = cache.submissions.submit(row.uid, {"kind": "text_classification", "labels": labels},
                                       signer)
        return row.uid, sub.id

    def verdict(kind: str, reason: str = "", correction: Any = None) -> dict[str, Any]:
        body = {"verdict": kind, "reason": reason, "reviewer": reviewer, "created_at": now
                - 40 * 60_000, "review_id": "", "typed_data": {}, "signature": "0x",
                "votes": {kind: 1}}
        if correction is not None:
            body["correction"] = correction
        return body

    reason = "Wrong label: the praise is sarcastic (“Love it. Really.”)"
    rejected_uid, rejected = submit("text-cls-006", ["positive"])
    cache.submissions.set_status(rejected, "rejected", reason=reason,
                                 verdict=verdict("reject", reason))
    corrected_uid, corrected = submit("text-cls-004", ["positive"])
    cache.submissions.set_status(corrected, "accepted", verdict=verdict(
        "correct", correction={"kind": "text_classification", "labels": ["mixed"]}))
    _uid, accepted = submit("text-cls-002", ["negative"])
    cache.submissions.set_status(accepted, "accepted", verdict=verdict("accept"))
    cache.reviews.set_quality("demo", signer.address, {
        "campaign_id": "demo", "account": signer.address, "agreement": 0.71,
        "agreement_pairs": 14, "gold_accuracy": 0.5, "gold_answers": 4, "gold_threshold": 0.6,
        "held": True, "submissions": {"accepted": 9, "rejected": 2, "pending": 3},
        "corrected": 1})
    session.notify_tasks()
    page = window.show_page("tasks")
    editor = window.editor
    for uid, name in ((rejected_uid, "verdict.png"), (corrected_uid, "verdict-corrected.png")):
        page.set_current_task(uid)
        if editor.uid != uid:
            editor.open_task(uid)
        settle()
        if name == "verdict-corrected.png":
            editor.submission_bar.correction_button.click()
            settle()
        save(window.grab(), out / name)


def save_with_dialog(window: Any, dialog: Any, path: Path) -> None:
    """The window with the dialog drawn over it where it stands."""
    from PySide6.QtGui import QPainter

    shot = window.grab()
    painter = QPainter(shot)
    corner = dialog.geometry().topLeft() - window.geometry().topLeft()
    painter.drawPixmap(corner, dialog.grab())
    painter.end()
    save(shot, path)


def save(pixmap: Any, path: Path) -> None:
    """PNG through Pillow (optimized; a 256-colour palette when still over 400 kB)."""
    import io

    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.toImage().save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    image.save(path, optimize=True)
    if path.stat().st_size > MAX_BYTES:
        image.quantize(colors=256, method=Image.Quantize.MEDIANCUT,
                       dither=Image.Dither.FLOYDSTEINBERG).save(path, optimize=True)
    print(f"wrote {path} {image.width}×{image.height}, {path.stat().st_size // 1024} kB")


if __name__ == "__main__":
    sys.exit(main())

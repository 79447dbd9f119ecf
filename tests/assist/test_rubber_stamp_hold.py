"""The prediction shown is signed by hash; hiding it is counted; a campaign that sets
a rubber-stamp threshold holds the flagged annotator's rewards (real hub, real socket)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from datafi_desktop.core.models import parse_annotation, parse_task, to_json
from datafi_desktop.core.predictions import prediction_hash, with_prediction_use
from datafi_desktop.hub.cli.main import main
from datafi_desktop.hub.server.inprocess import start_hub
from datafi_desktop.hub.settings import HubSettings
from datafi_desktop.hub.settlement.ledger import held_accounts
from tests.conftest import KeySigner
from tests.hub.helpers import CHAIN_ID, DISTRIBUTOR, ApiUser, signed_item

LABELS = ["negative", "neutral", "positive"]


def _task(i: int) -> dict[str, Any]:
    return {"id": f"t{i}", "kind": "text_classification", "data": {"text": f"review {i}"},
            "config": {"labels": LABELS}, "predictions": [
                {"model": "m1", "annotation": {"kind": "text_classification",
                                               "labels": [LABELS[i % 3]]}}]}


def _signed_body(task: dict[str, Any], label: str) -> dict[str, Any]:
    """What the app signs: the record computed by core.predictions."""
    annotation = parse_annotation({"kind": "text_classification", "labels": [label]})
    return to_json(with_prediction_use(annotation, parse_task(task)))


def test_hash_bound_records_hidden_predictions_and_the_hold(tmp_path: Path) -> None:
    data = tmp_path / "hub"
    tasks = [_task(i) for i in range(4)]
    path = tmp_path / "campaign.json"
    path.write_text(json.dumps({
        "id": "r", "name": "R", "overlap": 3, "reviews_required": 0,
        "extra": {"rubber_stamp_min_shown": 4, "rubber_stamp_threshold": 0.9},
        "tasks": tasks}))
    assert main(["--data-dir", str(data), "init"]) == 0
    assert main(["--data-dir", str(data), "campaign", "create", str(path),
                 "--campaign-chain-id", str(CHAIN_ID), "--distributor", DISTRIBUTOR]) == 0
    by_id = {t["id"]: t for t in tasks}
    stamper, careful, hider = KeySigner("stamper"), KeySigner("careful"), KeySigner("hider")
    running = start_hub(HubSettings(data_dir=data))
    try:
        for signer in (stamper, careful, hider):
            user = ApiUser(running.url, signer).sign_in()
            items = []
            for task_id in user.lease("r", count=10):
                task = by_id[task_id]
                predicted = task["predictions"][0]["annotation"]["labels"][0]
                if signer is careful:  # corrects two of four
                    label = predicted if task_id in ("t0", "t1") else LABELS[
                        (LABELS.index(predicted) + 1) % 3]
                    body = _signed_body(task, label)
                elif signer is stamper:
                    body = _signed_body(task, predicted)
                else:  # a modified app: keeps the prediction and drops the record
                    body = {"kind": "text_classification", "labels": [predicted]}
                items.append(signed_item(signer, "r", task_id, body))
            results = user.push(*items)
            assert all(r["status"] in ("accepted", "pending") for r in results), results
        # the careful annotator's corrected submissions still name what they were shown
        t2 = parse_task(by_id["t2"])
        record = _signed_body(by_id["t2"], "negative")["from_prediction"]
        assert record == {"model": "m1", "items": [],
                          "hash": prediction_hash(t2.predictions[0])}
        every = {a["account"]: a for a in main_json(data)}
        assert (every[stamper.address]["unchanged"], every[stamper.address]["flagged"],
                every[stamper.address]["undeclared"]) == (4, True, 0)
        assert (every[careful.address]["unchanged"], every[careful.address]["flagged"],
                every[careful.address]["undeclared"]) == (2, False, 0)
        assert (every[hider.address]["unchanged"], every[hider.address]["flagged"],
                every[hider.address]["undeclared"]) == (4, True, 4)  # hiding did not help
        with running.hub.engine.connect() as conn:
            assert held_accounts(conn, "r") == {stamper.address, hider.address}
        own = ApiUser(running.url, stamper).sign_in().get("/v1/campaigns/r/me/quality")
        assert own.status_code == 200, own.text
        assert own.json()["held"] is True
        own = ApiUser(running.url, careful).sign_in().get("/v1/campaigns/r/me/quality")
        assert own.json()["held"] is False
    finally:
        running.stop()


def test_a_prediction_fetched_by_the_app_counts_by_its_signed_items() -> None:
    from datafi_desktop.core.assist.rubber_stamp import Shown, rubber_stamp_figures

    task = parse_task({"id": "t", "kind": "text_classification", "data": {"text": "x"},
                       "config": {"labels": LABELS}})  # served without a prediction
    kept = {"kind": "text_classification", "labels": ["neutral"], "from_prediction": {
        "model": "backend@2", "items": ["labels[0]"], "hash": "0x" + "ab" * 32}}
    changed = {"kind": "text_classification", "labels": ["neutral"], "from_prediction": {
        "model": "backend@2", "items": [], "hash": "0x" + "ab" * 32}}
    figures = {f.account: f for f in rubber_stamp_figures(
        [Shown("0xA", task, kept), Shown("0xB", task, changed),
         Shown("0xC", task, {"kind": "text_classification", "labels": ["neutral"]})],
        min_shown=1)}
    assert (figures["0xA"].shown, figures["0xA"].unchanged, figures["0xA"].flagged) == (
        1, 1, True)
    assert (figures["0xB"].shown, figures["0xB"].unchanged) == (1, 0)
    assert (figures["0xC"].shown, figures["0xC"].undeclared) == (0, 0)  # nothing shown


def main_json(data: Path) -> list[dict[str, Any]]:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--data-dir", str(data), "rubber-stamp", "r", "--json"]) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]

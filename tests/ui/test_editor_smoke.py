"""``datafi-desktop --demo --smoke`` in a child process: every kind opens in the editor
with its own pane, and one submission is signed with a throwaway account and verifies."""

from __future__ import annotations

import os
import re
import subprocess
import sys

KINDS = ("bounding_boxes", "collection", "comparison", "image_classification", "polygons",
         "text_classification", "text_spans")


def test_demo_smoke_opens_every_pane_and_signs_once(tmp_path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "datafi_desktop", "--demo", "--smoke"],
                          env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    for kind in KINDS:
        assert re.search(rf"^smoke: {kind} \S+: ok \(\w+Pane\)$", out, re.M), out
    assert "PreviewPane" not in out
    assert re.search(r"^smoke: signed text-cls-\d+ as 0x[0-9a-fA-F]{40}: outbox row \S+ verifies$",
                     out, re.M), out
    assert not list(tmp_path.glob("datafi-demo-*")), "the demo profile is removed on exit"


def test_smoke_on_a_real_profile_does_not_sign(tmp_path) -> None:
    from datafi_desktop.core.cache import Cache
    from datafi_desktop.core.demo import load_demo
    from datafi_desktop.core.profile import Profile
    from datafi_desktop.core.wallet import Wallet

    profile = Profile(tmp_path / "profile").ensure()
    with Cache.for_profile(profile) as cache:
        load_demo(cache)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    done = subprocess.run([sys.executable, "-m", "datafi_desktop", "--profile",
                           str(profile.root), "--smoke"], env=env, capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "signing skipped" in done.stdout
    assert Wallet(profile.wallet_dir).accounts() == [], "no account is made in a real profile"
    with Cache.for_profile(profile) as cache:
        assert cache.submissions.count() == 0

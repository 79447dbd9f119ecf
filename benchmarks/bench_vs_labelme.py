"""DataFi Desktop against labelme on this machine: start to window, and opening photos.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_vs_labelme.py [--runs 5]

labelme (6.3.1, PyQt5) is installed into a throwaway virtual environment under
``benchmarks/results/labelme-venv`` the first time (from PyPI). The two programs
run in turns (interleaved, so a change in the machine's load hits both), each in
a fresh process, and the medians are compared:

- start to window: from spawning the process to the main window's first paint
  (DataFi: ``DATAFI_EXIT_WHEN_SHOWN=1`` on an empty profile and on a profile with
  10,000 cached tasks; labelme: its ``QMainWindow.show`` wrapped to report the
  first paint), read from a line the child prints, so teardown is not counted.
  DataFi's window paints the queue first and builds the editor and the other pages
  right after; "10k ready" is the time until that is done too
  (``DATAFI_EXIT_WHEN_SHOWN=ready``), printed for information;
- both run from compiled bytecode, as installed programs do (pip compiles what it
  installs): ``PYTHONDONTWRITEBYTECODE`` is dropped from the children's environment
  and DataFi's sources are compiled first;
- opening the same 24 MP and 50 MP JPEGs in a running window: DataFi's image
  pane from ``open()`` to the picture painted (the pane's ``shown`` signal, waited
  for in the event loop), labelme's ``loadFile`` to its canvas painted.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import machine

ROOT = Path(__file__).resolve().parents[1]
LABELME_VENV = ROOT / "benchmarks" / "results" / "labelme-venv"
LABELME_VERSION = "6.3.1"
MARK = "@@shown"

LABELME_START = textwrap.dedent(f"""
    import sys, time
    from PyQt5 import QtCore, QtWidgets
    original = QtWidgets.QMainWindow.show
    def show(self):
        original(self)
        self.repaint()
        print("{MARK}", time.time(), flush=True)
        QtCore.QTimer.singleShot(0, QtWidgets.QApplication.instance().quit)
    QtWidgets.QMainWindow.show = show
    sys.argv = ["labelme", "--nodata"]
    from labelme.__main__ import main
    main()
""")

LABELME_OPEN = textwrap.dedent(f"""
    import sys, time
    from PyQt5 import QtWidgets
    from PyQt5 import QtCore
    QtWidgets.QApplication.setAttribute(QtCore.Qt.AA_EnableHighDpiScaling)
    app = QtWidgets.QApplication(["labelme"])
    from labelme.app import MainWindow
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    load = getattr(window, "_load_file", None) or window.loadFile  # 6.x / 5.x
    start = time.perf_counter()
    load(sys.argv[1])
    app.processEvents()
    widgets = getattr(window, "_canvas_widgets", None)
    canvas = widgets.canvas if widgets is not None else window.canvas
    canvas.repaint()
    print("{MARK}", (time.perf_counter() - start) * 1000, flush=True)
""")

DATAFI_OPEN = textwrap.dedent(f"""
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QUndoStack
    from datafi_desktop.core.cache import AssetStore
    from datafi_desktop.core.images import image_size
    from datafi_desktop.core.models import parse_task
    from datafi_desktop.ui.app import create_application
    from datafi_desktop.ui.panes.base import PaneTask
    from datafi_desktop.ui.panes.image_pane import ImagePane
    app = create_application()
    path = Path(sys.argv[1])
    assets = AssetStore(Path(sys.argv[2]))
    sha = assets.put_file(path)
    w, h = image_size(path)
    task = parse_task({{"id": "t", "kind": "bounding_boxes", "data": {{"image": sha,
        "width": w, "height": h, "filename": path.name}}, "config": {{"labels": ["a"]}}}})
    pane = ImagePane(QUndoStack())
    pane.resize(1280, 800)
    pane.show()
    app.processEvents()
    loop = QEventLoop()
    pane.shown.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)
    start = time.perf_counter()
    pane.open(PaneTask(task, {{"kind": "bounding_boxes", "boxes": []}}, "empty", None,
                       assets, False))
    loop.exec()
    pane.canvas.viewport().repaint()
    print("{MARK}", (time.perf_counter() - start) * 1000, flush=True)
""")


def ensure_labelme() -> Path:
    python = LABELME_VENV / "bin" / "python"
    probe = [str(python), "-c", "import labelme"]
    if python.exists() and subprocess.run(probe, capture_output=True).returncode == 0:
        return python
    print(f"installing labelme {LABELME_VERSION} into {LABELME_VENV} …", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(LABELME_VENV)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", f"labelme=={LABELME_VERSION}"],
                   check=True)
    return python


def child_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("DATAFI_") and k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["HOME"] = str(tmp)  # labelme writes ~/.labelmerc
    return env


def until_marked(cmd: list[str], env: dict[str, str], cwd: Path,
                 marks: tuple[str, ...] = (MARK, "main window shown")) -> float:
    """Seconds from spawning ``cmd`` to the line it prints at the first paint."""
    start = time.time()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    shown = None
    for line in proc.stdout:  # the moment the line arrives is the moment of the paint
        if shown is None and line.startswith(marks):
            shown = time.time()
    proc.wait(timeout=300)
    if shown is None:
        raise RuntimeError(f"{cmd[:3]} exited {proc.returncode} without showing a window")
    return shown - start


def marked_value(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    out = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=600)
    for line in out.stdout.splitlines():
        if line.startswith(MARK):
            return float(line.split()[1])
    raise RuntimeError(f"{cmd[:3]} failed: {out.stderr[-1500:]}")


def profile_with_tasks(folder: Path, count: int) -> Path:
    from datafi_desktop.core.cache import Cache
    from datafi_desktop.core.models import parse_campaign, parse_task
    from datafi_desktop.core.profile import Profile

    profile = Profile(folder).ensure()
    with Cache.for_profile(profile) as cache:
        cache.tasks.upsert_campaign(parse_campaign({"id": "big", "name": "Ten thousand"}))
        cache.tasks.add_tasks("big", [parse_task({
            "id": f"t{i:05d}", "kind": "text_classification",
            "data": {"text": f"Task {i}: a sentence to label."},
            "config": {"labels": ["yes", "no"]}}) for i in range(count)])
    return profile.root


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-photos", action="store_true")
    args = parser.parse_args()
    labelme = ensure_labelme()
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="bench-vs-labelme-") as tmp_name:
        tmp = Path(tmp_name)
        (tmp / "labelme_start.py").write_text(LABELME_START)
        (tmp / "labelme_open.py").write_text(LABELME_OPEN)
        (tmp / "datafi_open.py").write_text(DATAFI_OPEN)
        env = child_env(tmp)
        datafi = [sys.executable, "-m", "datafi_desktop"]
        big = profile_with_tasks(tmp / "big-profile", 10_000)
        compileall.compile_dir(str(ROOT / "datafi_desktop"), quiet=1)
        runs: dict[str, list[float]] = {"labelme": [], "datafi empty": [], "datafi 10k": [],
                                        "datafi 10k ready": []}
        for n in range(args.runs + 1):  # the first round warms the page cache
            empty = tmp / f"empty-{n}"
            rows = {
                "labelme": until_marked([str(labelme), str(tmp / "labelme_start.py")], env, tmp),
                "datafi empty": until_marked(
                    [*datafi, "--profile", str(empty)],
                    {**env, "DATAFI_EXIT_WHEN_SHOWN": "1"}, tmp),
                "datafi 10k": until_marked(
                    [*datafi, "--profile", str(big)],
                    {**env, "DATAFI_EXIT_WHEN_SHOWN": "1"}, tmp),
                "datafi 10k ready": until_marked(
                    [*datafi, "--profile", str(big)],
                    {**env, "DATAFI_EXIT_WHEN_SHOWN": "ready"}, tmp, ("main window ready",)),
            }
            if n:
                for key, value in rows.items():
                    runs[key].append(value)
        medians = {k: statistics.median(v) for k, v in runs.items()}
        print("\nstart to main window (median of "
              f"{args.runs}, interleaved):")
        for key, value in medians.items():
            ratio = value / medians["labelme"]
            print(f"  {key:14s} {value:6.2f} s   {ratio:4.2f}× labelme")
        if args.skip_photos:
            return
        from benchmarks._gui import make_photo

        for name, size in (("24 MP", (6000, 4000)), ("50 MP", (8660, 5774))):
            photo = make_photo(tmp / f"photo-{size[0]}.jpg", size)
            times: dict[str, list[float]] = {"labelme": [], "datafi": []}
            for n in range(args.runs):
                times["labelme"].append(marked_value(
                    [str(labelme), str(tmp / "labelme_open.py"), str(photo)], env, tmp))
                times["datafi"].append(marked_value(
                    [sys.executable, str(tmp / "datafi_open.py"), str(photo),
                     str(tmp / f"assets-{n}")], env, ROOT))
            lm, df = (statistics.median(times[k]) for k in ("labelme", "datafi"))
            print(f"open a {name} JPEG: labelme {lm:6.0f} ms, DataFi {df:6.0f} ms "
                  f"({df / lm:.2f}× labelme)")


if __name__ == "__main__":
    main()

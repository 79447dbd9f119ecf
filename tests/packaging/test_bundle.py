"""The packaged app: built from a clean copy of the tree, then run as a user would.

One build per module (``packaging/build.sh`` with the current environment, about a minute):
the tracked files only (``git ls-files``, as they are in the working tree) are copied to
a temporary folder, so nothing untracked (a local venv, node_modules, build output,
scratch files) can reach the bundle. Then the built executable prints its version, runs
``--demo --smoke`` offscreen and ``datafi-bundle-check`` (the reward loop on the
in-process EVM); the bundle is searched for anything of the build machine; the archive
installs into a throwaway home and uninstalls again.

Marked ``packaging``: ``pytest -m "not packaging"`` leaves it out. Skips without
PyInstaller (``pip install 'pyinstaller>=6.22,<7'``), without binutils, off Linux, or
outside a git checkout.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import types
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(900)]

REPO = Path(__file__).resolve().parents[2]

if not sys.platform.startswith("linux"):
    pytest.skip("the bundle is built and tested on Linux only (see packaging/README.md)",
                allow_module_level=True)
pytest.importorskip(
    "PyInstaller",
    reason="PyInstaller is not installed: pip install 'pyinstaller>=6.22,<7' to build "
           "and test the bundle")
if shutil.which("objdump") is None:
    pytest.skip("PyInstaller needs binutils (objdump, strip): scripts/system_deps.sh installs it",
                allow_module_level=True)
if shutil.which("git") is None or not (REPO / ".git").exists():
    pytest.skip("not a git checkout: the bundle is built from the tracked files",
                allow_module_level=True)

from PyInstaller.archive.readers import CArchiveReader  # noqa: E402

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: what must never be in the bundle's Python archive
DEV_MODULES = {"tests", "pytest", "_pytest", "pytestqt", "hypothesis", "schemathesis", "mypy",
               "ruff", "werkzeug", "pkg_resources", "setuptools", "pip", "psycopg",
               "tkinter"}
UNUSED_QT = ("QtQml", "QtQuick", "QtWebEngine", "Qt3D", "QtMultimedia", "QtPdf", "QtCharts",
             "QtNetwork", "QtSql", "QtTest", "QtDesigner")
#: libraries a Linux desktop provides and PyInstaller leaves out on purpose (Wayland's
#: client libraries: only a Wayland session loads the wayland platform plugin)
HOST_PROVIDED = re.compile(r"libwayland-(client|cursor|egl)\.so")


@dataclass
class Built:
    tree: Path
    bundle: Path
    archive: Path
    version: str
    seconds: float
    output: str

    @property
    def exe(self) -> Path:
        return self.bundle / "datafi-desktop"


def copy_tracked(src: Path, dest: Path) -> int:
    """The tracked files of ``src`` as they are in its working tree (deleted ones left out)."""
    listing = subprocess.run(["git", "-C", str(src), "ls-files", "-z", "--cached"],
                             check=True, capture_output=True).stdout.decode()
    count = 0
    for rel in filter(None, listing.split("\0")):
        source = src / rel
        if not (source.is_file() or source.is_symlink()):
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target, follow_symlinks=False)
        count += 1
    return count


def run_env(tmp: Path, **extra: str) -> dict[str, str]:
    """An environment for the bundle: no Python paths, no resource override, a home and a
    temporary folder of its own."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "DATAFI_", "VIRTUAL_ENV", "XDG_"))}
    home = tmp / "home"
    (tmp / "tmp").mkdir(parents=True, exist_ok=True)
    home.mkdir(parents=True, exist_ok=True)
    env.update(HOME=str(home), TMPDIR=str(tmp / "tmp"), QT_QPA_PLATFORM="offscreen",
               LC_ALL="C.UTF-8")
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    tree = tmp_path_factory.mktemp("bundle") / "datafi-desktop"
    copy_tracked(REPO, tree)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONPATH", "DATAFI_"))}
    env.update(DATAFI_BUILD_USE_CURRENT_ENV="1", DATAFI_BUNDLE_CHECK="1",
               PYTHON=sys.executable)
    started = time.monotonic()
    proc = subprocess.run(["bash", "packaging/build.sh"], cwd=tree, env=env,
                          capture_output=True, text=True, timeout=840)
    seconds = time.monotonic() - started
    output = proc.stdout + proc.stderr
    if proc.returncode != 0:
        pytest.fail(f"packaging/build.sh failed ({proc.returncode}):\n{output[-6000:]}")
    version = re.search(r'__version__ = "([^"]+)"',
                        (tree / "datafi_desktop" / "__init__.py").read_text()).group(1)
    archives = sorted((tree / "dist").glob(f"datafi-desktop-{version}-linux-*.tar.gz"))
    assert len(archives) == 1, output
    print(f"\nbundle built in {seconds:.0f} s\n" + "\n".join(proc.stdout.splitlines()[-3:]))
    yield Built(tree, tree / "dist" / "datafi-desktop", archives[0], version, seconds, output)


def run(cmd: list[str], tmp: Path, timeout: float = 180, **env: str
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=tmp, env=run_env(tmp, **env), capture_output=True,
                          text=True, timeout=timeout)


def demo_kinds(tree: Path) -> set[str]:
    lines = (tree / "resources" / "demo" / "tasks.jsonl").read_text(encoding="utf-8")
    return {json.loads(line)["kind"] for line in lines.splitlines() if line.strip()}


def untracked_hint() -> str:
    """The build sees tracked files only: name the untracked ones a tracked change may need."""
    listing = subprocess.run(
        ["git", "-C", str(REPO), "ls-files", "--others", "--exclude-standard", "--",
         "datafi_desktop", "resources", "packaging"], capture_output=True, text=True).stdout
    if not listing.strip():
        return ""
    return ("\n(the bundle is built from tracked files only; untracked here, `git add` them "
            "if the app needs them:\n  " + "\n  ".join(listing.split()) + ")")


def assert_no_trouble(text: str) -> None:
    for sign in ("Traceback", "ModuleNotFoundError", "ImportError", "No package metadata",
                 "not started", "Failed to execute script", "Could not load the Qt platform"):
        assert sign not in text, text + untracked_hint()


# --- running it --------------------------------------------------------------------------


def test_version(built: Built, tmp_path: Path) -> None:
    proc = run([str(built.exe), "--version"], tmp_path, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"datafi-desktop {built.version}"


def test_demo_smoke_offscreen(built: Built, tmp_path: Path) -> None:
    proc = run([str(built.exe), "--demo", "--smoke"], tmp_path)
    text = proc.stdout + proc.stderr
    assert_no_trouble(text)
    assert proc.returncode == 0, text
    shown = set(re.findall(r"^smoke: (\w+) \S+: ok \(", proc.stdout, re.M))
    assert shown == demo_kinds(built.tree), text
    assert re.search(r"^smoke: signed \S+ as 0x[0-9a-fA-F]{40}: outbox row \S+ verifies$",
                     proc.stdout, re.M), text
    # the throwaway demo profile is gone again
    assert not list((tmp_path / "tmp").glob("datafi-demo-*"))


def test_demo_smoke_on_x11(built: Built, tmp_path: Path) -> None:
    """The xcb platform plugin and the X11 libraries bundled for it, on Xvfb."""
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run not installed (scripts/system_deps.sh installs xvfb)")
    proc = run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", str(built.exe), "--demo",
                "--smoke"], tmp_path, QT_QPA_PLATFORM="xcb")
    assert_no_trouble(proc.stdout + proc.stderr)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "smoke: signed" in proc.stdout


def test_demo_smoke_on_wayland(built: Built, tmp_path: Path) -> None:
    """The wayland platform plugin, xdg-shell and the decorations, on a headless Weston
    (the Wayland client libraries are the system's)."""
    if shutil.which("weston") is None:
        pytest.skip("weston not installed (apt-get install weston to test the Wayland plugin)")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = run_env(tmp_path, XDG_RUNTIME_DIR=str(runtime))
    weston = subprocess.Popen(["weston", "--backend=headless-backend.so", "--socket=wl-bundle",
                               "--idle-time=0"], env=env, cwd=tmp_path,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while not (runtime / "wl-bundle").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        if not (runtime / "wl-bundle").exists():
            pytest.skip("weston did not start a headless compositor")
        proc = run([str(built.exe), "--demo", "--smoke"], tmp_path, QT_QPA_PLATFORM="wayland",
                   XDG_RUNTIME_DIR=str(runtime), WAYLAND_DISPLAY="wl-bundle")
    finally:
        weston.terminate()
        weston.wait(timeout=10)
    assert_no_trouble(proc.stdout + proc.stderr)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "smoke: signed" in proc.stdout


def test_reward_loop_on_the_in_process_evm(built: Built, tmp_path: Path) -> None:
    proc = run([str(built.bundle / "datafi-bundle-check")], tmp_path)
    text = proc.stdout + proc.stderr
    assert_no_trouble(text)
    assert proc.returncode == 0, text
    for name in ("resources", "qt plugins", "pillow", "reward loop on the in-process EVM"):
        assert f"check: {name}: ok" in proc.stdout, text


# --- what is in it ------------------------------------------------------------------------


def python_archive(built: Built) -> dict[str, types.CodeType | None]:
    pyz = CArchiveReader(str(built.exe)).open_embedded_archive("PYZ.pyz")
    return {name: pyz.extract(name) for name in pyz.toc}


def files_under(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def code_signature(code: types.CodeType) -> tuple[object, ...]:
    return (code.co_code, code.co_names, tuple(
        code_signature(c) if isinstance(c, types.CodeType) else c for c in code.co_consts))


def test_the_bundle_carries_this_tree(built: Built) -> None:
    internal = built.bundle / "_internal"
    # resources/ and the hub's migrations: exactly the tracked files, byte for byte
    assert files_under(internal / "resources") == files_under(built.tree / "resources")
    migrations = "datafi_desktop/hub/db/migrations"
    shipped = {k: v for k, v in files_under(internal / migrations).items()
               if not k.endswith(".pyc")}
    assert shipped == {k: v for k, v in files_under(built.tree / migrations).items()
                       if "__pycache__" not in k}
    # every module of the package, compiled from this tree's source
    archive = python_archive(built)
    for path in sorted((built.tree / "datafi_desktop").rglob("*.py")):
        parts = path.relative_to(built.tree).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        assert name in archive, f"{name} is not in the bundle"
        code = archive[name]
        assert code is not None
        expected = compile(path.read_text(encoding="utf-8"), str(path), "exec",
                           dont_inherit=True)  # not this file's __future__ flags
        assert code_signature(code) == code_signature(expected), f"{name} differs from {path}"


def test_nothing_of_the_build_machine(built: Built) -> None:
    archive = python_archive(built)
    assert not {n.split(".")[0] for n in archive} & DEV_MODULES
    assert not [n for n in archive if n.startswith(tuple(f"PySide6.{m}" for m in UNUSED_QT))]
    internal = built.bundle / "_internal"
    names = {p.name for p in internal.rglob("*")}
    assert not [n for n in names if n.startswith(tuple(f"libQt6{m[2:]}" for m in UNUSED_QT))]
    assert not {"node_modules", ".venv", ".git"} & names
    assert not {"tests", "docs", "tools", "benchmarks", "scripts"} & {
        p.name for p in internal.iterdir()}
    assert not (built.bundle / "_internal" / "datafi_desktop" / "ui").exists()  # code: archive

    # no absolute path of the build: the tree, the checkout it came from, the environment
    machine = {str(built.tree), str(REPO), sys.prefix}
    hits = [f"{p.relative_to(built.bundle)}: {m}" for p in built.bundle.rglob("*")
            if p.is_file() for m in machine if m.encode() in p.read_bytes()]
    for name, code in archive.items():
        if code is None:
            continue
        stack = [code]
        while stack:
            current = stack.pop()
            texts = [current.co_filename] + [c for c in current.co_consts if isinstance(c, str)]
            hits += [f"PYZ {name}: {m}" for t in texts for m in machine if m in t]
            stack += [c for c in current.co_consts if isinstance(c, types.CodeType)]
    assert not hits, "\n".join(hits[:20])


def test_every_library_resolves(built: Built) -> None:
    if shutil.which("ldd") is None:
        pytest.skip("no ldd")
    internal = built.bundle / "_internal"
    search = f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"
    missing = set()
    elves = [built.exe] + [p for p in internal.rglob("*.so*") if p.is_file()]
    for path in elves:
        proc = subprocess.run(["ldd", str(path)], capture_output=True, text=True,
                              env={"LD_LIBRARY_PATH": search, "PATH": os.environ["PATH"]})
        for line in proc.stdout.splitlines():
            if "not found" in line and not HOST_PROVIDED.search(line):
                missing.add(f"{path.relative_to(built.bundle)}: {line.strip()}")
    assert not missing, "\n".join(sorted(missing))


# --- the archive ----------------------------------------------------------------------------


def test_archive_installs_and_uninstalls(built: Built, tmp_path: Path) -> None:
    prefix = built.archive.name.removesuffix(".tar.gz")
    with tarfile.open(built.archive) as tar:
        members = set(tar.getnames())
        tar.extractall(tmp_path / "unpacked", filter="tar")
    expected = {f"{prefix}/{rel}" for rel in (
        "install.sh", "uninstall.sh", "README.txt", "datafi-desktop/datafi-desktop",
        "share/applications/datafi-desktop.desktop",
        "share/metainfo/io.datafi.Desktop.metainfo.xml",
        "share/icons/hicolor/scalable/apps/datafi-desktop.svg",
        *(f"share/icons/hicolor/{n}x{n}/apps/datafi-desktop.png" for n in ICON_SIZES))}
    assert expected <= members
    assert f"{prefix}/datafi-desktop/datafi-bundle-check" not in members

    unpacked = tmp_path / "unpacked" / prefix
    env = run_env(tmp_path)
    home = Path(env["HOME"])
    proc = subprocess.run(["sh", str(unpacked / "install.sh")], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    local = home / ".local"
    app = local / "lib" / "datafi-desktop" / "datafi-desktop"
    assert (local / "bin" / "datafi-desktop").resolve() == app.resolve()
    entry = (local / "share" / "applications" / "datafi-desktop.desktop").read_text()
    assert f"Exec={app}" in entry.splitlines()
    for n in ICON_SIZES:
        assert (local / "share" / "icons" / "hicolor" / f"{n}x{n}" / "apps"
                / "datafi-desktop.png").is_file()
    proc = subprocess.run([str(local / "bin" / "datafi-desktop"), "--version"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == f"datafi-desktop {built.version}", proc.stderr

    profile = local / "share" / "datafi-desktop" / "profiles" / "default"
    profile.mkdir(parents=True)
    (profile / "keep.txt").write_text("a wallet lives here")
    proc = subprocess.run(["sh", str(local / "lib" / "datafi-desktop" / "uninstall.sh")],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not (local / "lib" / "datafi-desktop").exists()
    assert not (local / "bin" / "datafi-desktop").exists()
    assert not (local / "share" / "applications" / "datafi-desktop.desktop").exists()
    assert not list((local / "share" / "icons").rglob("datafi-desktop.*"))
    assert (profile / "keep.txt").is_file()  # the user's profile and wallet stay

"""The campaign's offline models on the annotator's machine (no network at all).

A campaign names each model by the sha-256 of its manifest
(``Campaign.offline_models``); the manifest names the ONNX file by its own
sha-256 (:mod:`.onnx_manifest`). Both are content-addressed assets in the local
asset store. :func:`offline_predictor` finds the first model for the task's
kind whose two files are there, and gives a function that runs it (opened
once per process, then reused).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DataFiError
from ..models.tasks import Task
from .ask import Asked
from .backend import BackendError
from .onnx_manifest import Manifest, ModelFileError, parse_manifest

if TYPE_CHECKING:  # numpy and onnxruntime load when a model first runs
    from .onnx_model import OnnxModel

AssetPath = Callable[[str], Path]

_opened: dict[str, OnnxModel] = {}
_lock = threading.Lock()


def local_manifests(hashes: Sequence[str], asset_path: AssetPath) -> list[tuple[str, Manifest]]:
    """The campaign's manifests present on this machine, in the campaign's order
    (a manifest that is missing or not valid is left out)."""
    found = []
    for sha in hashes:
        path = asset_path(sha)
        if not path.is_file():
            continue
        try:
            found.append((sha, parse_manifest(path.read_bytes())))
        except ModelFileError:
            continue
    return found


def offline_predictor(hashes: Sequence[str], task: Task, asset_path: AssetPath,
                      image_path: Path | None = None) -> Callable[[], Asked] | None:
    """A function running the first local model for ``task``'s kind, or None when the
    campaign ships none for it (or its files are not here yet)."""
    for sha, manifest in local_manifests(hashes, asset_path):
        if manifest.kind != task.kind.value:
            continue
        model_path = asset_path(manifest.model.sha256)
        if not model_path.is_file():
            continue

        def run(sha: str = sha, manifest: Manifest = manifest,
                model_path: Path = model_path) -> Asked:
            try:
                with _lock:
                    model = _opened.get(sha)
                    if model is None:
                        from .onnx_model import OnnxModel

                        model = _opened[sha] = OnnxModel.open(manifest, model_path)
                prediction = model.predict_task(task, image_path)
            except DataFiError as exc:
                raise BackendError(f"offline model {manifest.model_version}: {exc}") from None
            return Asked(f"offline:{manifest.model_version}", prediction)

        return run
    return None

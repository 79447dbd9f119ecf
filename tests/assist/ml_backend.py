"""A real Label Studio ML backend for the tests: the documented HTTP API
(``/health``, ``/setup``, ``/predict``) served by FastAPI on 127.0.0.1 at a free
port, answering with a scikit-learn text classifier trained on the demo texts.

``server.mode`` switches it into a failure the client must survive: ``slow``,
``error`` (HTTP 500), ``unknown_label``, ``malformed``, ``outside`` (a box
beyond the image), ``short`` (fewer results than tasks).

Interactive requests (``params.context``, Label Studio's keypoint/rectangle
prompts) are answered by a real, simple model of the image's pixels:
:func:`interactive_answer` (foreground by distance from the border colour,
the connected regions under the positive points minus those under negative
points, within the rough box; its convex hull or bounding box)."""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline

from datafi_desktop.core.demo import demo_dir

MODEL_VERSION = "tfidf-logreg-1"


def sentiment_examples() -> tuple[list[str], list[str], list[str]]:
    """The demo's sentiment texts, their answers and the label set."""
    raw = json.loads((demo_dir() / "texts.json").read_text(encoding="utf-8"))
    labels = [x["name"] for x in raw["label_sets"]["sentiment"]["labels"]]
    items = [x for x in raw["classification"] if x["set"] == "sentiment"]
    return [x["text"] for x in items], [x["answer"][0] for x in items], labels


def train_sentiment() -> Pipeline:
    texts, answers, _labels = sentiment_examples()
    model = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000))
    model.fit(texts, answers)
    return model


@dataclass
class BackendServer:
    model: Pipeline
    mode: str = "ok"
    #: answer HTTP 500 to every /predict request after this many
    fail_after: int | None = None
    predict_times: list[float] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""
    _server: uvicorn.Server | None = None
    _thread: threading.Thread | None = None

    def app(self) -> FastAPI:
        app = FastAPI()

        @app.get("/health")
        def health() -> dict[str, Any]:
            return {"status": "UP", "model_class": "SentimentModel"}

        @app.post("/setup")
        async def setup(request: Request) -> dict[str, Any]:
            self.requests.append({"path": "/setup", "body": await request.json()})
            return {"model_version": MODEL_VERSION}

        @app.post("/predict")
        async def predict(request: Request) -> Any:
            body = await request.json()
            self.requests.append({"path": "/predict", "body": body})
            self.predict_times.append(time.monotonic())
            if self.fail_after is not None and len(self.predict_times) > self.fail_after:
                return JSONResponse({"detail": "out of GPU memory"}, status_code=500)
            if self.mode == "slow":
                time.sleep(1.5)
            if self.mode == "error":
                return JSONResponse({"detail": "model crashed"}, status_code=500)
            if self.mode == "malformed":
                return {"results": [{"result": "positive"} for _ in body["tasks"]]}
            context = (body.get("params") or {}).get("context")
            if isinstance(context, dict) and context.get("result"):
                return {"results": [interactive_answer(task, context, body["label_config"])
                                    for task in body["tasks"]]}
            results = [self._one(task) for task in body["tasks"]]
            if self.mode == "short":
                results = results[:-1]
            return {"results": results}

        return app

    def _one(self, task: dict[str, Any]) -> dict[str, Any]:
        if self.mode == "outside":
            return {"result": [{"type": "rectanglelabels", "from_name": "label",
                                "to_name": "image", "original_width": 100,
                                "original_height": 100,
                                "value": {"x": 80, "y": 10, "width": 50, "height": 20,
                                          "rectanglelabels": ["car"]}}],
                    "score": 0.5, "model_version": MODEL_VERSION}
        text = task["data"]["text"]
        proba = self.model.predict_proba([text])[0]
        best = int(proba.argmax())
        label = str(self.model.classes_[best])
        if self.mode == "unknown_label":
            label = "ecstatic"
        return {"result": [{"type": "choices", "from_name": "label", "to_name": "text",
                            "value": {"choices": [label]}}],
                "score": float(proba[best]), "model_version": MODEL_VERSION}

    def start(self) -> BackendServer:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        sock.listen(64)
        port = int(sock.getsockname()[1])
        config = uvicorn.Config(self.app(), log_level="warning", access_log=False,
                                lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]},
                                        daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the ML backend did not start")
            time.sleep(0.01)
        self.url = f"http://127.0.0.1:{port}"
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            if self._thread is not None:
                self._thread.join(10)


def _image(data_url: str) -> Any:
    import base64
    import io

    import numpy as np
    from PIL import Image

    head, _, payload = data_url.partition(",")
    assert head.startswith("data:image/") and head.endswith(";base64"), head[:40]
    with Image.open(io.BytesIO(base64.b64decode(payload))) as image:
        return np.asarray(image.convert("RGB"), dtype=np.int16)


def object_mask(pixels: Any, context: dict[str, Any]) -> Any:
    """The pixels of the object the prompt points at (bool array, rows × columns)."""
    import numpy as np
    from scipy import ndimage

    h, w = pixels.shape[:2]
    border = np.concatenate([pixels[0], pixels[-1], pixels[:, 0], pixels[:, -1]])
    background = np.median(border, axis=0)
    foreground = np.abs(pixels - background).max(axis=2) > 40
    regions, _count = ndimage.label(foreground)
    keep = np.zeros((h, w), dtype=bool)
    window = np.ones((h, w), dtype=bool)
    drop: list[int] = []
    for item in context["result"]:
        value = item["value"]
        x, y = value["x"] * w / 100, value["y"] * h / 100
        if item["type"] == "rectanglelabels":
            x1, y1 = x + value["width"] * w / 100, y + value["height"] * h / 100
            window[:] = False
            window[int(y):int(np.ceil(y1)), int(x):int(np.ceil(x1))] = True
            continue
        region = regions[min(int(y), h - 1), min(int(x), w - 1)]
        if region == 0:
            continue
        if item.get("is_positive", True):
            keep |= regions == region
        else:
            drop.append(int(region))
    if not any(i["type"] == "keypointlabels" and i.get("is_positive", True)
               for i in context["result"]):
        keep = foreground.copy()  # a box alone: whatever stands out inside it
    for region in drop:
        keep &= regions != region
    return keep & window


def interactive_answer(task: dict[str, Any], context: dict[str, Any],
                       label_config: str) -> dict[str, Any]:
    import numpy as np
    from scipy.spatial import ConvexHull

    pixels = _image(task["data"]["image"])
    h, w = pixels.shape[:2]
    mask = object_mask(pixels, context)
    label = next(iter(context["result"][0]["value"][context["result"][0]["type"]]))
    if not mask.any():
        return {"result": [], "model_version": "threshold-hull-1"}
    ys, xs = np.nonzero(mask)
    common = {"from_name": "label", "to_name": "image", "original_width": w,
              "original_height": h}
    if "PolygonLabels" in label_config:
        corners = np.concatenate([np.stack([xs + dx, ys + dy], axis=1)
                                  for dx in (0, 1) for dy in (0, 1)])
        hull = ConvexHull(corners)
        points = [[float(100 * x / w), float(100 * y / h)] for x, y in corners[hull.vertices]]
        item = {**common, "type": "polygonlabels",
                "value": {"points": points, "polygonlabels": [label]}}
    else:
        x0, x1, y0, y1 = xs.min(), xs.max() + 1, ys.min(), ys.max() + 1
        item = {**common, "type": "rectanglelabels",
                "value": {"x": 100 * x0 / w, "y": 100 * y0 / h, "width": 100 * (x1 - x0) / w,
                          "height": 100 * (y1 - y0) / h, "rectanglelabels": [label]}}
    return {"result": [item], "score": 0.9, "model_version": "threshold-hull-1"}

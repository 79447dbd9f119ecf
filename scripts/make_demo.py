"""Regenerate the demo campaign in resources/demo/: images, tasks.jsonl, campaign.json, LICENSE.md.

    python scripts/make_demo.py [--out DIR]

Texts come from resources/demo/texts.json (written for this project); images are rendered by
scripts/demo_scenes.py from fixed seeds. The output is deterministic: running the script twice
with the same Pillow version gives byte-identical files. Everything is released under CC0 1.0.

Every task, prediction and gold answer is validated with the app's own models before writing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path
from typing import Any

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import demo_scenes as ds  # noqa: E402

from datafi_desktop.core.models import parse_annotation, parse_campaign, parse_task  # noqa: E402

DEMO = ROOT / "resources" / "demo"
TOKEN = 10**18  # smallest units per DFT (18 decimals)
JPEG = {"quality": 88, "optimize": True, "subsampling": "4:2:0"}

CAMPAIGN = {
    "id": "demo",
    "name": "DataFi demo campaign",
    "description": (
        "A small campaign to try every kind of task offline: sentiment, ticket routing and "
        "review aspects; named entities in several scripts; pairwise comparison of model "
        "answers; scene classification, boxes and polygons on rendered photos; and field "
        "collection. Some tasks carry model predictions to correct, a few are gold tasks."
    ),
    "overlap": 1,
    "reviews_required": 1,
    "rewards": {
        "text_classification": TOKEN // 2,
        "text_spans": TOKEN * 3 // 2,
        "comparison": TOKEN * 2,
        "image_classification": TOKEN // 2,
        "bounding_boxes": TOKEN * 2,
        "polygons": TOKEN * 3,
        "collection": TOKEN * 5,
    },
    "reject_reasons": [
        "Wrong label",
        "Missing labels",
        "Imprecise boundaries",
        "Prediction accepted without checking",
        "Does not follow the guidelines",
        "Spam or low effort",
    ],
}

# ---------------------------------------------------------------- image plan

COLORS = {
    "car": "#4E79A7",
    "bus": "#F28E2B",
    "person": "#E15759",
    "bicycle": "#76B7B2",
    "traffic light": "#EDC948",
    "van": "#B07AA1",
    "dog": "#E69F00",
    "cat": "#CC79A7",
    "bench": "#9C755F",
    "tree": "#59A14F",
    "apple": "#D55E00",
    "orange": "#F28E2B",
    "banana": "#F0E442",
    "lemon": "#EDC948",
    "pear": "#8CD17D",
}
LABELS = {
    "street": ["car", "bus", "person", "bicycle", "traffic light"],
    "parking lot": ["car", "van", "person"],
    "park": ["person", "dog", "cat", "bench", "tree"],
    "kitchen table": ["apple", "orange", "banana", "lemon", "pear"],
}
SCENE_TYPES = ["street", "park", "kitchen table", "parking lot", "beach", "countryside"]
CONTENTS = ["people", "vehicles", "animals", "food", "trees", "water"]
PORTRAIT = (768, 1024)

# (file stem, task kind, scene function, seed, keyword arguments, options)
# options: size, exif (orientation tag stored), predict (perturbation), gold, caption
PLAN: list[tuple[str, str, str, int, dict[str, Any], dict[str, Any]]] = [
    ("scene-01", "cls-type", "street", 101, {"cars": 5, "people": 6}, {"gold": True}),
    ("scene-02", "cls-type", "park", 102, {"pond": True, "dogs": 2}, {"predict": "right"}),
    ("scene-03", "cls-type", "fruit", 103, {"count": 7}, {}),
    ("scene-04", "cls-type", "parking", 104, {}, {"predict": "right"}),
    ("scene-05", "cls-type", "beach", 105, {}, {}),
    ("scene-06", "cls-type", "countryside", 106, {}, {"predict": "wrong:park"}),
    ("scene-07", "cls-type", "street", 107, {"time": "night", "cars": 5}, {}),
    (
        "scene-08",
        "cls-contents",
        "beach",
        108,
        {"people": 4},
        {"size": PORTRAIT, "predict": "miss"},
    ),
    ("scene-09", "cls-contents", "countryside", 109, {"sheep": 0}, {}),
    ("scene-10", "cls-contents", "park", 110, {"dogs": 1, "cats": 0, "people": 4}, {}),
    (
        "scene-11",
        "cls-contents",
        "street",
        111,
        {"time": "dusk", "bus": True},
        {"predict": "right"},
    ),
    ("scene-12", "cls-contents", "fruit", 112, {"count": 6}, {"size": PORTRAIT}),
    (
        "street-01",
        "boxes",
        "street",
        201,
        {"cars": 6, "people": 7, "bikes": 1},
        {"predict": "jitter,miss,extra"},
    ),
    ("street-02", "boxes", "street", 202, {"cars": 6, "people": 5, "bus": True}, {"gold": True}),
    (
        "street-03",
        "boxes",
        "street",
        203,
        {"cars": 5, "people": 8, "bikes": 2, "time": "dusk"},
        {"exif": 8, "predict": "jitter,relabel"},
    ),
    ("street-04", "boxes", "street", 204, {"cars": 4, "people": 4, "time": "night"}, {}),
    ("parking-01", "boxes", "parking", 211, {"people": 2}, {"predict": "jitter,miss"}),
    ("parking-02", "boxes", "parking", 212, {"fill": 0.45, "vans": 0.25}, {}),
    ("parking-03", "boxes", "parking", 213, {"people": 3}, {"size": PORTRAIT}),
    (
        "park-01",
        "boxes",
        "park",
        221,
        {"dogs": 2, "cats": 1, "people": 3},
        {"predict": "jitter,relabel,extra"},
    ),
    ("park-02", "boxes", "park", 222, {"dogs": 3, "cats": 0, "people": 2, "benches": 2}, {}),
    ("fruit-01", "boxes", "fruit", 231, {"count": 8}, {"predict": "jitter"}),
    ("fruit-02", "boxes", "fruit", 232, {"count": 10, "surface": "wood"}, {}),
    ("fruit-03", "polygons", "fruit", 301, {"count": 6}, {"gold": True}),
    (
        "fruit-04",
        "polygons",
        "fruit",
        302,
        {"count": 7, "surface": "cloth"},
        {"predict": "coarse,relabel"},
    ),
    (
        "fruit-05",
        "polygons",
        "fruit",
        303,
        {"count": 6, "surface": "marble"},
        {"size": PORTRAIT, "exif": 6, "predict": "coarse,miss"},
    ),
    ("fruit-06", "polygons", "fruit", 304, {"count": 5, "kinds": ("banana", "apple")}, {}),
    (
        "park-03",
        "polygons",
        "park",
        311,
        {"dogs": 2, "cats": 1, "people": 1, "trees": 2},
        {"predict": "coarse"},
    ),
    ("park-04", "polygons", "park", 312, {"dogs": 1, "cats": 2, "people": 2, "trees": 1}, {}),
    (
        "park-05",
        "polygons",
        "park",
        313,
        {"dogs": 3, "cats": 0, "people": 0, "trees": 2, "benches": 1},
        {"size": PORTRAIT},
    ),
    (
        "street-05",
        "polygons",
        "street",
        321,
        {"cars": 4, "people": 4, "bikes": 1},
        {"predict": "coarse,miss"},
    ),
    ("street-06", "polygons", "street", 322, {"cars": 3, "people": 5, "bus": True}, {}),
    ("parking-04", "polygons", "parking", 331, {"fill": 0.35, "people": 2}, {}),
    ("parking-05", "polygons", "parking", 332, {"fill": 0.4, "vans": 0.3}, {}),
]

CAPTIONS = {
    "street": "City street from the driver's seat",
    "park": "Afternoon in the park",
    "fruit": "Fruit on the kitchen table",
    "parking": "Car park seen from a drone",
    "beach": "Beach on a summer day",
    "countryside": "Farmland below the hills",
}
TIME_WORDS = {"night": "at night", "dusk": "at dusk"}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def save_jpeg(img: Image.Image, path: Path, orientation: int | None) -> Image.Image:
    """Write a JPEG; with an EXIF orientation, store the pixels rotated so that a viewer
    applying the tag shows `img` (the displayed image) again."""
    exif = Image.Exif()
    exif[0x0131] = "DataFi Desktop scripts/make_demo.py"  # Software
    exif[0x8298] = "CC0 1.0 - rendered for the DataFi Desktop demo"  # Copyright
    stored = img
    if orientation == 6:  # viewer rotates 90 degrees clockwise
        stored = img.transpose(Image.Transpose.ROTATE_90)
        exif[0x0112] = 6
    elif orientation == 8:  # viewer rotates 90 degrees counter-clockwise
        stored = img.transpose(Image.Transpose.ROTATE_270)
        exif[0x0112] = 8
    stored.save(path, "JPEG", exif=exif, **JPEG)
    return stored


# ---------------------------------------------------------------- predictions


def _clamp_box(x: float, y: float, w: float, h: float, W: int, H: int) -> dict[str, float]:
    x0, y0 = max(0.0, min(x, W - 2.0)), max(0.0, min(y, H - 2.0))
    x1, y1 = max(x0 + 1.0, min(x + w, float(W))), max(y0 + 1.0, min(y + h, float(H)))
    return {"x": round(x0, 1), "y": round(y0, 1), "w": round(x1 - x0, 1), "h": round(y1 - y0, 1)}


def box_gold(objs: list[ds.Obj]) -> dict[str, Any]:
    return {
        "kind": "bounding_boxes",
        "boxes": [
            {"label": o.label, "x": o.box[0], "y": o.box[1], "w": o.box[2], "h": o.box[3]}
            for o in objs
        ],
    }


def poly_gold(objs: list[ds.Obj]) -> dict[str, Any]:
    return {
        "kind": "polygons",
        "polygons": [{"label": o.label, "points": [[x, y] for x, y in o.polygon]} for o in objs],
    }


CONFUSIONS = {
    "car": "van",
    "van": "car",
    "bus": "car",
    "person": "bicycle",
    "bicycle": "person",
    "traffic light": "person",
    "dog": "cat",
    "cat": "dog",
    "bench": "tree",
    "tree": "bench",
    "apple": "orange",
    "orange": "lemon",
    "lemon": "orange",
    "pear": "apple",
    "banana": "lemon",
}


def predict_shapes(
    objs: list[ds.Obj],
    modes: set[str],
    labels: list[str],
    size: tuple[int, int],
    rng: random.Random,
    polygons: bool,
) -> dict[str, Any]:
    """A plausible detector/segmenter output made from the ground truth, with mistakes."""
    W, H = size
    objs = list(objs)
    if "miss" in modes and len(objs) > 2:  # misses the smallest one or two
        small = sorted(objs, key=lambda o: o.area)[: 1 + len(objs) // 8]
        objs = [o for o in objs if o not in small]
    relabel = rng.randrange(len(objs)) if "relabel" in modes and objs else -1
    shapes = []
    for i, o in enumerate(objs):
        label = o.label
        if i == relabel and CONFUSIONS.get(label) in labels:
            label = CONFUSIONS[label]
        x, y, w, h = o.box
        if polygons:
            pts = [(float(px), float(py)) for px, py in o.polygon]
            if "coarse" in modes:
                pts = ds.simplify_ring(pts, max_points=9, eps=max(2.0, 0.04 * max(w, h)))
            j = max(1.0, 0.03 * max(w, h))
            pts = [
                (
                    min(W, max(0.0, px + rng.uniform(-j, j))),
                    min(H, max(0.0, py + rng.uniform(-j, j))),
                )
                for px, py in pts
            ]
            if len(set(pts)) >= 3 and abs(ds.ring_area(pts)) > 1:
                shapes.append(
                    {"label": label, "points": [[round(px, 1), round(py, 1)] for px, py in pts]}
                )
        else:
            if "jitter" in modes:
                dx, dy = rng.uniform(-0.06, 0.06) * w, rng.uniform(-0.06, 0.06) * h
                dw, dh = rng.uniform(-0.08, 0.08) * w, rng.uniform(-0.08, 0.08) * h
                x, y, w, h = x + dx, y + dy, w + dw, h + dh
            shapes.append({"label": label, **_clamp_box(x, y, w, h, W, H)})
    if "extra" in modes and not polygons:  # a confident false positive
        w, h = rng.uniform(0.04, 0.1) * W, rng.uniform(0.06, 0.14) * H
        shapes.append(
            {
                "label": rng.choice(labels),
                **_clamp_box(rng.uniform(0, W - w), rng.uniform(H * 0.3, H - h), w, h, W, H),
            }
        )
    if polygons:
        return {"kind": "polygons", "polygons": shapes}
    return {"kind": "bounding_boxes", "boxes": shapes}


# ---------------------------------------------------------------- tasks


def image_tasks(out: Path) -> list[dict[str, Any]]:
    images = out / "images"
    images.mkdir(parents=True, exist_ok=True)
    for old in images.glob("*.jpg"):
        old.unlink()
    tasks = []
    counters = {"cls": 0, "boxes": 0, "polygons": 0}
    for stem, kind, fn, seed, kwargs, opts in PLAN:
        size = opts.get("size", (1024, 768))
        rendered: ds.Rendered = getattr(ds, fn)(seed, size=size, **kwargs)
        path = images / f"{stem}.jpg"
        save_jpeg(rendered.image, path, opts.get("exif"))
        W, H = rendered.image.size  # displayed size, after the EXIF orientation is applied
        caption = CAPTIONS[fn]
        if kwargs.get("time") in TIME_WORDS:
            caption += " " + TIME_WORDS[kwargs["time"]]
        data = {
            "image": sha256(path),
            "width": W,
            "height": H,
            "filename": f"images/{stem}.jpg",
            "caption": caption,
        }
        rng = random.Random(seed * 7 + 1)
        short = kind.split("-")[0]
        counters[short] += 1
        predict = opts.get("predict", "")
        modes = set(predict.split(",")) if predict else set()
        task: dict[str, Any]
        if short == "cls":
            multi = kind == "cls-contents"
            if multi:
                answer = sorted(t for t in rendered.tags if t in CONTENTS)
                labels = CONTENTS
                instr = (
                    "Tick everything you can see in the picture. Boats count as vehicles; "
                    "a painted or distant thing counts if you can recognise it."
                )
            else:
                answer = [rendered.scene]
                labels = SCENE_TYPES
                instr = "What kind of place is this? Pick one."
            data["caption"] = f"Rendered scene {stem[-2:]}"
            task = {
                "id": f"img-cls-{counters['cls']:03d}",
                "kind": "image_classification",
                "data": data,
                "config": {
                    "labels": [{"name": n} for n in labels],
                    "multi": multi,
                    "instructions": instr,
                },
            }
            gold = {"kind": "image_classification", "labels": answer}
            if modes:
                pred = list(answer)
                if "miss" in modes and len(pred) > 1:
                    pred = pred[:-1]
                for m in modes:
                    if m.startswith("wrong:"):
                        pred = [m.split(":", 1)[1]]
                task["predictions"] = [
                    {
                        "model": "scene-vit-b16",
                        "score": round(rng.uniform(0.55, 0.95), 2),
                        "annotation": {"kind": "image_classification", "labels": pred},
                    }
                ]
        else:
            labels = LABELS[rendered.scene]
            polygons = short == "polygons"
            what = "polygon tracing the outline of" if polygons else "tight box around"
            task = {
                "id": f"img-{'poly' if polygons else 'boxes'}-{counters[short]:03d}",
                "kind": "polygons" if polygons else "bounding_boxes",
                "data": data,
                "config": {
                    "labels": [{"name": n, "color": COLORS[n]} for n in labels],
                    "instructions": (
                        f"Draw a {what} every visible {', '.join(labels[:-1])} and "
                        f"{labels[-1]}. Include objects that are partly hidden or cut "
                        "off by the edge (outline only the visible part); skip anything "
                        "smaller than about 10 pixels."
                    ),
                },
            }
            gold = poly_gold(rendered.objects) if polygons else box_gold(rendered.objects)
            if modes:
                ann = predict_shapes(rendered.objects, modes, labels, (W, H), rng, polygons)
                task["predictions"] = [
                    {
                        "model": "seg-maskrcnn-lite" if polygons else "det-fasterrcnn-r50",
                        "score": round(rng.uniform(0.55, 0.9), 2),
                        "annotation": ann,
                    }
                ]
        if opts.get("gold"):
            task["gold"] = gold
        tasks.append(task)
        print(
            f"  {path.name}: {W}x{H}, {len(rendered.objects)} objects, "
            f"{path.stat().st_size // 1024} KB",
            flush=True,
        )
    return tasks


def find_spans(text: str, entities: list[list[str]]) -> list[dict[str, Any]]:
    """Code-point offsets of [surface, label] pairs listed in text order."""
    spans, cursor = [], 0
    for surface, label in entities:
        start = text.find(surface, cursor)
        if start < 0:
            raise ValueError(f"{surface!r} not found in {text!r} after {cursor}")
        spans.append({"start": start, "end": start + len(surface), "label": label})
        cursor = start + len(surface)
    return spans


def text_tasks(texts: dict[str, Any]) -> list[dict[str, Any]]:
    tasks = []
    sets = texts["label_sets"]
    for item in texts["classification"]:
        spec = sets[item["set"]]
        task: dict[str, Any] = {
            "id": item["id"],
            "kind": "text_classification",
            "data": {"text": item["text"]},
            "config": {
                "labels": spec["labels"],
                "multi": spec["multi"],
                "instructions": spec["instructions"],
            },
        }
        if "prediction" in item:
            p = item["prediction"]
            task["predictions"] = [
                {
                    "model": p["model"],
                    "score": p["score"],
                    "annotation": {"kind": "text_classification", "labels": p["labels"]},
                }
            ]
        if item.get("gold"):
            task["gold"] = {"kind": "text_classification", "labels": item["answer"]}
        tasks.append(task)
    spans = texts["spans"]
    for item in spans["tasks"]:
        data = {"text": item["text"]}
        if "translation" in item:
            data["translation"] = item["translation"]
        task = {
            "id": item["id"],
            "kind": "text_spans",
            "data": data,
            "config": {"labels": spans["labels"], "instructions": spans["instructions"]},
        }
        if "prediction" in item:
            p = item["prediction"]
            task["predictions"] = [
                {
                    "model": p["model"],
                    "score": p["score"],
                    "annotation": {
                        "kind": "text_spans",
                        "spans": find_spans(item["text"], p["entities"]),
                    },
                }
            ]
        if item.get("gold"):
            task["gold"] = {
                "kind": "text_spans",
                "spans": find_spans(item["text"], item["entities"]),
            }
        else:
            find_spans(item["text"], item["entities"])  # the intended answer must be findable
        tasks.append(task)
    comp = texts["comparisons"]
    for item in comp["tasks"]:
        ratings = comp["ratings"] + ([comp["safety_rating"]] if item.get("safety") else [])
        task = {
            "id": item["id"],
            "kind": "comparison",
            "data": {"prompt": item["prompt"], "a": item["a"], "b": item["b"]},
            "config": {"ratings": ratings, "instructions": comp["instructions"]},
        }
        if "prediction" in item:
            p = item["prediction"]
            task["predictions"] = [
                {
                    "model": p["model"],
                    "score": p["score"],
                    "annotation": {
                        "kind": "comparison",
                        "choice": p["choice"],
                        "ratings": p["ratings"],
                    },
                }
            ]
        if item.get("gold"):
            task["gold"] = {
                "kind": "comparison",
                "choice": item["choice"],
                "reason": item["reason"],
            }
        tasks.append(task)
    for item in texts["collection"]:
        tasks.append(
            {
                "id": item["id"],
                "kind": "collection",
                "data": {"instructions": item["instructions"]},
                "config": {
                    "label_kind": item["label_kind"],
                    "labels": item["labels"],
                    "fields": item["fields"],
                    "accept": item["accept"],
                    **{k: item[k] for k in ("text_min_chars", "text_max_chars") if k in item},
                },
            }
        )
    return tasks


def validate(tasks: list[dict[str, Any]]) -> None:
    ids = set()
    for raw in tasks:
        body = {k: v for k, v in raw.items() if k != "gold"}
        task = parse_task(body)
        assert task.id not in ids, task.id
        ids.add(task.id)
        for pred in task.predictions:
            parse_annotation(pred.annotation, task)
        if "gold" in raw:
            parse_annotation(raw["gold"], task)
    parse_campaign(CAMPAIGN)


def write_license(out: Path, tasks: list[dict[str, Any]]) -> None:
    lines = [
        "# Licence of the demo campaign",
        "",
        "Every text and image in this folder was written or rendered for DataFi Desktop. The",
        "texts were written by the project's developers; the images are scenes drawn by",
        "`scripts/make_demo.py` (with `scripts/demo_scenes.py`) from fixed random seeds, using",
        "Pillow only. No photograph, model output or third-party asset is included: the",
        '"predictions" are perturbed copies of the renderer\'s own ground truth, and the names,',
        "companies, products and events in the texts are invented.",
        "",
        "All of it is dedicated to the public domain under",
        "[CC0 1.0 Universal](https://creativecommons.org/publicdomain/zero/1.0/): you may copy,",
        "modify and distribute it, even commercially, without asking permission.",
        "",
        "## Files",
        "",
        "| file | what | licence |",
        "| --- | --- | --- |",
        "| `campaign.json` | campaign settings | CC0 1.0 |",
        "| `tasks.jsonl` | the tasks, predictions and gold answers | CC0 1.0 |",
        "| `texts.json` | source texts of the text tasks | CC0 1.0 |",
        "| `README.md`, `LICENSE.md` | documentation | CC0 1.0 |",
    ]
    for raw in tasks:
        fn = raw["data"].get("filename")
        if fn:
            W, H = raw["data"]["width"], raw["data"]["height"]
            lines.append(f"| `{fn}` | rendered scene, {W}×{H}, task `{raw['id']}` | CC0 1.0 |")
    (out / "LICENSE.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEMO, help="output folder")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    texts = json.loads((DEMO / "texts.json").read_text(encoding="utf-8"))
    if out.resolve() != DEMO.resolve():
        (out / "texts.json").write_text(
            (DEMO / "texts.json").read_text(encoding="utf-8"), encoding="utf-8"
        )
    print("rendering images ...", flush=True)
    texts_first = text_tasks(texts)
    collection = [t for t in texts_first if t["kind"] == "collection"]
    tasks = [t for t in texts_first if t["kind"] != "collection"] + image_tasks(out) + collection
    validate(tasks)
    with (out / "tasks.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for task in tasks:
            fh.write(json.dumps(task, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    (out / "campaign.json").write_text(
        json.dumps(CAMPAIGN, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    write_license(out, tasks)
    kinds: dict[str, int] = {}
    for task in tasks:
        kinds[task["kind"]] = kinds.get(task["kind"], 0) + 1
    print(f"{len(tasks)} tasks: " + ", ".join(f"{k} {v}" for k, v in kinds.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

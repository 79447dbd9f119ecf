"""Pascal VOC XML: ``Annotations/<name>.xml`` per image beside ``JPEGImages/``.

Each object is ``<name>`` plus ``<bndbox>`` ``xmin ymin xmax ymax``. DataFi
writes the box edges in pixels from the top-left corner as decimals (``10.5``),
as CVAT and Label Studio's converter do, not the VOC devkit's 1-based integers.
VOC holds boxes only: polygons become their bounding boxes (lossy, counted in
the manifest). ``labels.txt`` lists the class names.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from ..models import TaskKind
from ..taskfile import TaskRecord
from .fitting import Losses
from .imagefiles import ImageFiles
from .importing import ImportOptions, ImportResult, fail, finish, image_task, labels_or, task_id_for
from .origin import original_objects
from .plan import ExportPlan, FormatWriter, fmt_num, select, task_key
from .records import ExportRecord
from .shapes import box_dict, shapes_of

KINDS = (TaskKind.BOUNDING_BOXES, TaskKind.POLYGONS)
IMAGE_FOLDER = "JPEGImages"


class VocWriter(FormatWriter):
    """One XML file per image as the tasks come; ``labels.txt`` at the end."""

    name = "voc"

    def add(self, group: Sequence[ExportRecord]) -> None:
        record = select(self.plan, group, KINDS, self.image_paths)
        if record is not None:
            _write_xml(self.plan, record, PurePosixPath(self.image_paths[task_key(record)]))

    def finish(self) -> None:
        self.plan.add_file("labels.txt",
                           "".join(f"{name}\n" for name in self.plan.labels).encode())


def _write_xml(plan: ExportPlan, record: ExportRecord, image: PurePosixPath) -> None:
    width, height = record.task.image_size or (0, 0)
    root = ET.Element("annotation")
    _text(root, "folder", image.parent.name)
    _text(root, "filename", image.name)
    source = ET.SubElement(root, "source")
    _text(source, "database", "DataFi")
    _text(source, "annotation", f"{record.campaign_id}/{record.task.id}")
    size = ET.SubElement(root, "size")
    _text(size, "width", str(width))
    _text(size, "height", str(height))
    _text(size, "depth", "3")
    _text(root, "segmented", "0")
    origin = original_objects(record)
    for shape in shapes_of(record.final):
        kept = origin.get(shape.key(), {})
        if not shape.is_box:
            plan.lose("polygon_to_box", "polygons written as their bounding boxes "
                      "(Pascal VOC has boxes only)", record)
        x, y, w, h = shape.bounds
        obj = ET.SubElement(root, "object")
        _text(obj, "name", shape.label)
        _text(obj, "pose", str(kept.get("pose") or "Unspecified"))
        _text(obj, "truncated", str(kept.get("truncated") or "0"))
        _text(obj, "difficult", str(kept.get("difficult") or "0"))
        box = ET.SubElement(obj, "bndbox")
        for tag, value in (("xmin", x), ("ymin", y), ("xmax", x + w), ("ymax", y + h)):
            _text(box, tag, fmt_num(round(value, 4)))
        plan.shapes += 1
    ET.indent(root)
    data = ET.tostring(root, encoding="unicode", xml_declaration=False) + "\n"
    plan.add_file(f"Annotations/{image.stem}.xml", data.encode("utf-8"), record)


def _text(parent: ET.Element, tag: str, value: str) -> None:
    ET.SubElement(parent, tag).text = value


def read_voc(folder: Path, options: ImportOptions) -> ImportResult:
    """``Annotations/*.xml`` with their images (``JPEGImages/``) → bounding-box tasks."""
    notes = sorted((folder / "Annotations").glob("*.xml"))
    if not notes:
        raise fail("no Annotations/*.xml files", str(folder))
    images_dir = options.images_dir or folder / IMAGE_FOLDER
    files = ImageFiles(images_dir)
    losses = Losses()
    fit = options.fitter(losses)
    parsed = []
    for path in notes:
        rel = f"Annotations/{path.name}"
        root = _parse_xml(path, rel)
        filename = root.findtext("filename") or ""
        if not filename:
            raise fail("no <filename>", rel)
        ref = files.ref(images_dir / filename, f"{rel} <filename> {filename}")
        boxes = []
        objects: list[dict[str, str]] = []
        for i, obj in enumerate(root.findall("object")):
            where = f"{rel} object[{i}]"
            name = (obj.findtext("name") or "").strip()
            try:
                xmin, ymin, xmax, ymax = (float(obj.findtext(f"bndbox/{tag}") or "")
                                          for tag in ("xmin", "ymin", "xmax", "ymax"))
            except ValueError:
                raise fail("bndbox needs numeric xmin, ymin, xmax, ymax", where) from None
            if not name:
                raise fail("an object needs a <name>", where)
            box = fit.box(xmin, ymin, xmax - xmin, ymax - ymin, ref.width, ref.height, where)
            if box is not None:
                boxes.append(box_dict(name, *box))
                objects.append({tag: (obj.findtext(tag) or "").strip()
                                for tag in ("pose", "truncated", "difficult")
                                if (obj.findtext(tag) or "").strip()})
        parsed.append((path, rel, ref, filename, boxes, objects))
    labels = labels_or(options, [b["label"] for e in parsed for b in e[4]])
    records: list[TaskRecord] = []
    for path, rel, ref, filename, boxes, objects in parsed:
        predictions = [{"kind": "bounding_boxes", "boxes": boxes}] if boxes else []
        records.append(image_task(task_id_for(path.stem, f"voc-{len(records) + 1}"),
                                  TaskKind.BOUNDING_BOXES, ref, labels, rel, filename=filename,
                                  predictions=predictions, model=options.model,
                                  source={"format": "voc", "objects": objects}))
    return finish("voc", records, files.found, [], losses)


def _parse_xml(path: Path, rel: str) -> ET.Element:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(f"cannot read ({exc.__class__.__name__})", rel) from None
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise fail("DTDs and entities are not accepted", rel)
    try:
        return ET.fromstring(text)  # noqa: S314 - no DTD or entity can reach the parser
    except ET.ParseError as exc:
        raise fail(f"invalid XML ({exc})", rel) from None

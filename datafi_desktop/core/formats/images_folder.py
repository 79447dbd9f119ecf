"""A folder of images → image tasks of a chosen kind and label set.

Task ids are the paths under the folder without the suffix (``street/01``);
sizes are the displayed ones (EXIF orientation applied); corrupt images and
decompression bombs are refused naming the file.
"""

from __future__ import annotations

from pathlib import Path

from ..models import TaskKind
from .imagefiles import ImageFiles, list_images
from .importing import ImportOptions, ImportResult, fail, finish, image_task, task_id_for


def read_images_folder(folder: Path, options: ImportOptions) -> ImportResult:
    if not folder.is_dir():
        raise fail("not a folder", str(folder))
    kind = options.kind or TaskKind.IMAGE_CLASSIFICATION
    if not kind.is_image:
        raise fail(f"images cannot become {kind.value} tasks", str(folder), "kind")
    if not options.labels:
        raise fail("pass the label set (--labels a,b,c)", str(folder), "labels")
    paths = list_images(folder)
    if not paths:
        raise fail("no image files (jpg, png, webp, bmp, gif, tif)", str(folder))
    files = ImageFiles(folder)
    records = []
    for n, path in enumerate(paths, start=1):
        rel = path.relative_to(folder).as_posix()
        ref = files.ref(path, rel)
        task_id = task_id_for(Path(rel).with_suffix("").as_posix(), f"image-{n}")
        records.append(image_task(task_id, kind, ref, options.labels, rel, filename=rel,
                                  multi=bool(options.multi)))
    return finish("images", records, files.found)

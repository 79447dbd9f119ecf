"""The annotation body: the JSON object an annotator's label is, as it is signed, stored
and sent (``{"kind": ..., ...}``, see :mod:`datafi_desktop.core.models.annotations` for
its typed forms). One definition for the wire models, the cache and the hub's rows.

No pydantic here: the cache imports this on the app's first-paint path.

>>> body: AnnotationBody = {"kind": "text_classification", "label": "positive"}
>>> body["label"]
'positive'
"""

from __future__ import annotations

from typing import Any

#: an annotation as JSON: what is hashed, signed, stored and pushed
AnnotationBody = dict[str, Any]

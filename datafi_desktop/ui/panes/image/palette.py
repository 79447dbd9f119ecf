"""The label palette: each label with its colour and hotkey, as the text pane's chips.

Hotkeys come from the task (``TaskConfig.hotkeys()``: explicit ones, then 1–9,
then free letters). A label whose key is one of the pane's own keys (``B``
draws boxes, ``F`` fits, …) gets the next free key instead, so every label
keeps a key as long as there are free keys, and the pane's keys mean the same
thing in every task. The chips themselves are
:class:`~datafi_desktop.ui.panes.text.label_bar.LabelBar`, shared with the text
pane so labels look and behave alike everywhere.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from ....core.models.tasks import TaskConfig
from ..text.label_bar import LabelSpec

#: Keys the pane uses itself, never given to a label (lower case).
SHAPE_KEYS = frozenset("bpvhf0=-+")
VIEW_KEYS = frozenset("f0=-+")
KEY_POOL = "123456789qwertyuiopasdfghjklzxcvbnm"


def label_hotkeys(config: TaskConfig, reserved: Collection[str]) -> dict[str, str]:
    """Label name → its key (lower case), in label order; reserved keys are reassigned."""
    by_key = config.hotkeys()
    free = [c for c in KEY_POOL if c not in reserved and c not in by_key]
    keys: dict[str, str] = {}
    for key, label in by_key.items():
        if key in reserved:
            if not free:
                continue
            key = free.pop(0)
        keys[label] = key
    return {name: keys[name] for name in config.label_names if name in keys}


def key_text(key: str) -> str:
    return key.upper() if key.isalpha() else key


def label_specs(config: TaskConfig, keys: Mapping[str, str]) -> list[LabelSpec]:
    """The chips of a task's labels: name, the key that works, colour, description."""
    return [LabelSpec(label.name, key_text(keys.get(label.name, "")),
                      config.color_of(label.name), label.description)
            for label in config.labels]

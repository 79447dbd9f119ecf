"""``QT_TRANSLATE_NOOP`` with a ``str`` type (PySide6's stub returns ``object``).

``pyside6-lupdate`` finds the literal ``QT_TRANSLATE_NOOP("Context", "Text")`` calls by
their name, whichever module defines the function, so tables of texts defined at import
time can be marked with this one and translated where they are shown, with
``QCoreApplication.translate("Context", text)`` or ``self.tr(text)`` in that class.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` unchanged; marks it for translation in ``context``."""
    del context
    return text

"""The panes the editor builds: one instance per pane class, made on first use.

Pane classes come from :func:`~..panes.registry.load_pane_types`; a kind with no
pane class, or whose pane fails to build, gets the read-only
:class:`~.fallback.PreviewPane`, and :attr:`PaneSet.missing` says why.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from ...core.models import TaskKind
from ..panes.base import AnnotationPane
from ..panes.registry import load_pane_types
from ..session import Session
from .fallback import PreviewPane

log = logging.getLogger(__name__)


class PaneSet:
    def __init__(self, undo_stack: QUndoStack, session: Session,
                 types: list[type[AnnotationPane]] | None,
                 on_new: Callable[[AnnotationPane], None]) -> None:
        self.undo_stack, self.session, self.on_new = undo_stack, session, on_new
        if types is None:
            types, self.missing = load_pane_types()
        else:
            self.missing = {}
        self.types = list(types)
        self._panes: dict[type[AnnotationPane], AnnotationPane] = {}

    def register(self, pane_type: type[AnnotationPane]) -> None:
        """Use ``pane_type`` for its kinds (before the ones found by the registry)."""
        self.types.insert(0, pane_type)

    def type_for(self, kind: TaskKind) -> type[AnnotationPane] | None:
        return next((t for t in self.types if kind in t.kinds), None)

    def pane_for(self, kind: TaskKind) -> AnnotationPane:
        pane_type = self.type_for(kind)
        if pane_type is None:
            return self._instance(PreviewPane)
        try:
            return self._instance(pane_type)
        except Exception as exc:  # a pane that cannot be built must not stop labeling
            log.exception("the %s pane cannot be created", pane_type.__name__)
            self.missing[pane_type.__module__.rsplit(".", 1)[-1]] = (
                QCoreApplication.translate("PaneSet", "failing ({error})").format(
                    error=f"{type(exc).__name__}: {exc}"))
            self.types.remove(pane_type)
            return self._instance(PreviewPane)

    def _instance(self, pane_type: type[AnnotationPane]) -> AnnotationPane:
        pane = self._panes.get(pane_type)
        if pane is None:
            if pane_type is PreviewPane:
                pane = PreviewPane(self.undo_stack, self.session)
            else:
                pane = pane_type(self.undo_stack)
            self._panes[pane_type] = pane
            self.on_new(pane)
        return pane

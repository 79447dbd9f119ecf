"""The task editor: hosts the annotation panes and runs the labeling flow."""

from __future__ import annotations

from .task_editor import TaskEditor

__all__ = ["TaskEditor"]

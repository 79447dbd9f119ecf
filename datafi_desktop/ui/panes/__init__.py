"""Annotation panes: one widget per family of task kinds, all editing a draft body."""

"""The error every importer raises, in a module of its own so that the shape fitting and
the importers can both raise it without importing each other."""

from __future__ import annotations

from ..errors import TaskFormatError


class ImportFormatError(TaskFormatError):
    """A file to import is malformed; the message names the file and the item."""


def fail(message: str, where: str, field: str = "") -> ImportFormatError:
    return ImportFormatError(message, field=field, context=where)

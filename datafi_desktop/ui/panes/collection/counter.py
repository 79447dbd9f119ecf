"""A character counter under a text the campaign limits ("120 / 400 characters").

Typing past the limit is not cut off (a paste would lose text without a word):
the counter turns red and says by how much, and Submit is refused with a clear
message (``core.models.tasks.length_problem``, checked by the pane, the cache and the
hub alike).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ...theme import named, set_role


class CharCounter(QLabel):
    """Shows how many characters a text has against its limits; hidden without any."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name)
        self.low: int | None = None
        self.high: int | None = None
        set_role(self, "muted")
        self.hide()

    def set_limits(self, low: int | None, high: int | None) -> None:
        self.low, self.high = low, high
        self.setVisible(low is not None or high is not None)

    @property
    def limited(self) -> bool:
        return self.low is not None or self.high is not None

    def count(self, text: str) -> None:
        if not self.limited:
            return
        n = len(text)
        if self.high is not None and n > self.high:
            shown = self.tr("{count} / {max} characters: {over} too many").format(
                count=f"{n:,}", max=f"{self.high:,}", over=f"{n - self.high:,}")
        elif self.high is not None:
            shown = self.tr("{count} / {max} characters").format(count=f"{n:,}",
                                                                   max=f"{self.high:,}")
        else:
            shown = self.tr("{count} characters (at least {min})").format(
                count=f"{n:,}", min=f"{self.low:,}")
        self.setText(shown)
        # red once over the limit; short of a minimum is only muted while the text grows
        over = self.high is not None and n > self.high
        set_role(self, "error" if over else "muted")

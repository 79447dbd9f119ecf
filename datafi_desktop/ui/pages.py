"""Pages of the main window and how they register.

A page is a :class:`Page` subclass: a widget plus a few class attributes that
place it in the left navigation (``title``, ``icon_name``, ``order``) and a
shortcut that shows it. A page may put its own actions in a menu of the menu
bar (``menu_title`` and :meth:`Page.page_actions`); every action there carries
its shortcut, so the menus are the list of every shortcut (as in labelme).

To add a page, subclass :class:`Page` and list the class in
:func:`default_page_types`, or call ``MainWindow.add_page(page)``:

    class RewardsPage(Page):
        page_id = "rewards"
        title = "Rewards"
        icon_name = "rewards"
        order = 30
        shortcut = "Ctrl+3"
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from .session import Session
from .tr_marks import QT_TRANSLATE_NOOP


class Page(QWidget):
    page_id: ClassVar[str] = ""
    title: ClassVar[str] = ""
    icon_name: ClassVar[str] = ""
    #: position in the navigation: Tasks 10, Review 20, Rewards 30, Wallet 40
    order: ClassVar[int] = 100
    shortcut: ClassVar[str] = ""
    #: the menu this page's actions go in ("&Tasks"); empty for none
    menu_title: ClassVar[str] = ""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName(f"page-{self.page_id}")

    def page_actions(self) -> list[QAction | None]:
        """Actions for this page's menu (``None`` is a separator). Called once."""
        return []

    def activated(self) -> None:
        """The page became the visible one."""

    def deactivated(self) -> None:
        """Another page was shown."""


@dataclass(frozen=True)
class PageSpec:
    """What the navigation shows of a page before the page is built (its class's
    attributes, repeated here so that listing a page does not import its module; a
    test keeps the two equal). The window builds the page when it is first shown,
    or right after the first paint (issue 16: the first screen builds only itself)."""

    page_id: str
    title: str
    icon_name: str
    order: int
    shortcut: str
    #: the module (relative to this package) and the class
    module: str
    class_name: str

    def load(self) -> type[Page]:
        page_type = getattr(importlib.import_module(self.module, __package__), self.class_name)
        if not (isinstance(page_type, type) and issubclass(page_type, Page)):
            raise TypeError(f"{self.module}.{self.class_name} is not a Page")
        return page_type


#: the pages of a new window, in navigation order
PAGE_SPECS: tuple[PageSpec, ...] = (
    PageSpec("tasks", QT_TRANSLATE_NOOP("Page", "Tasks"), "tasks", 10, "Ctrl+1",
             ".queue_page", "QueuePage"),
    PageSpec("review", QT_TRANSLATE_NOOP("Page", "Review"), "review", 20, "Ctrl+2",
             ".review_page", "ReviewPage"),
    PageSpec("rewards", QT_TRANSLATE_NOOP("Page", "Rewards"), "rewards", 30, "Ctrl+3",
             ".rewards_page", "RewardsPage"),
    PageSpec("wallet", QT_TRANSLATE_NOOP("Page", "Wallet"), "wallet", 40, "Ctrl+4",
             ".wallet_page", "WalletPage"),
)


def page_text(text: str) -> str:
    """A page's ``title`` or ``menu_title`` (marked with ``QT_TRANSLATE_NOOP("Page", …)``
    where the class defines it) in the app's language."""
    return QCoreApplication.translate("Page", text)


def default_page_types() -> list[type[Page]]:
    """The pages a new window shows, in navigation order."""
    return sorted((spec.load() for spec in PAGE_SPECS), key=lambda page: page.order)

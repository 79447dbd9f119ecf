"""A profile's preferences in its cache: values round-trip, anything unexpected counts
as absent; the window's first place fits the screen."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.preferences import Preferences
from datafi_desktop.core.profile import Profile
from datafi_desktop.core.window_place import Rect, first_window, restore


def test_values_survive_a_restart(tmp_path: Path) -> None:
    profile = Profile(tmp_path / "p").ensure()
    with Cache.for_profile(profile) as cache:
        prefs = Preferences(cache)
        prefs.set("tasks.splitter", [300, 900])
        prefs.set("tasks.place", {"demo": "text-cls-004"})
        prefs.set("window.maximized", True)
    with Cache.for_profile(profile) as cache:
        again = Preferences(cache)
        assert again.int_list("tasks.splitter", length=2) == [300, 900]
        assert again.get("tasks.place") == {"demo": "text-cls-004"}
        assert again.boolean("window.maximized", False) is True
        again.remove("window.maximized")
        assert again.boolean("window.maximized", False) is False
        assert cache.tasks.get_state("ui.tasks.splitter") == "[300, 900]"  # beside the hub URL


def test_a_value_that_is_not_json_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    with Cache(tmp_path / "c.sqlite3") as cache:
        prefs = Preferences(cache)
        prefs.set("a", 1)
        with pytest.raises(TypeError):
            prefs.set("a", object())
        assert prefs.get("a") == 1


def test_damaged_or_hand_edited_values_count_as_absent(tmp_path: Path) -> None:
    with Cache(tmp_path / "c.sqlite3") as cache:
        cache.tasks.set_state("ui.broken", "{not json")
        cache.tasks.set_state("ui.s", "[300, -5]")
        cache.tasks.set_state("ui.t", "[1, true]")
        cache.tasks.set_state("ui.b", '"yes"')
        cache.tasks.set_state("ui.n", "[1, 2, 3]")
        prefs = Preferences(cache)
        assert prefs.get("broken", "default") == "default"
        assert prefs.int_list("s") is None and prefs.int_list("t") is None
        assert prefs.int_list("n", length=2) is None and prefs.int_list("n") == [1, 2, 3]
        assert prefs.boolean("b", False) is False and prefs.string("b") == "yes"
    assert Rect.from_value({"x": 0, "y": 0, "w": 0, "h": 10}) is None
    assert Rect.from_value({"x": 0, "y": 0, "w": "9", "h": 10}) is None
    assert Rect.from_value([0, 0, 10, 10]) is None


@pytest.mark.parametrize("screen", [Rect(0, 0, 1280, 720), Rect(0, 0, 1280, 800),
                                    Rect(0, 27, 1366, 741), Rect(1920, 0, 2560, 1400)])
def test_the_first_window_fits_with_room_for_its_frame(screen: Rect) -> None:
    window = first_window(screen)
    assert window.x >= screen.x and window.y >= screen.y
    # the frame (x, y is its corner) holds the window and the manager's borders
    assert window.right + 16 <= screen.right and window.bottom + 48 <= screen.bottom
    assert window.w >= min(1280, screen.w - 16)  # as big as the design, when it fits


def test_a_saved_place_comes_back_onto_a_screen_there_is() -> None:
    laptop, monitor = Rect(0, 0, 1440, 900), Rect(1440, 0, 2560, 1440)
    saved = Rect(1600, 100, 1500, 1000)
    assert restore(saved, [laptop, monitor]) == saved  # the monitor is still there
    back = restore(saved, [laptop])  # unplugged
    assert back is not None and back.x >= 0 and back.y >= 0
    assert back.right + 16 <= laptop.right and back.bottom + 48 <= laptop.bottom
    assert restore(saved, []) is None


def test_doctests() -> None:
    from datafi_desktop.core import preferences, window_place

    assert doctest.testmod(window_place).failed == 0
    assert doctest.testmod(preferences).failed == 0

"""Numbers, token amounts and moments as each locale writes them: native digits
(Arabic-Indic, Persian, Devanagari), grouping, decimal signs; amounts exact to the
last base unit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale

from datafi_desktop.ui import locale_format as lf

ARABIC_DIGITS = set("٠١٢٣٤٥٦٧٨٩")
DEVANAGARI_DIGITS = set("०१२३४५६७८९")


@pytest.fixture
def default_locale(app) -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(("name", "expected"), [
    ("en_US", "1,234,567.000000000000000001 DFT"),
    ("de_DE", "1.234.567,000000000000000001 DFT"),
    ("ar_EG", "١٬٢٣٤٬٥٦٧٫٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠١ DFT"),
    ("fa_IR", "۱٬۲۳۴٬۵۶۷٫۰۰۰۰۰۰۰۰۰۰۰۰۰۰۰۰۰۱ DFT"),
    ("mr_IN", "१२,३४,५६७.०००००००००००००००००१ DFT"),  # Devanagari digits, Indian grouping
    ("hi_IN", "12,34,567.000000000000000001 DFT"),  # Hindi: Latin digits (CLDR)
])
def test_token_amounts_are_exact_in_every_locale(name: str, expected: str) -> None:
    amount = 1_234_567 * 10**18 + 1  # a float would lose the last wei
    assert lf.token_amount(amount, 18, "DFT", locale=QLocale(name)) == expected


def test_amount_edges() -> None:
    ar, en = QLocale("ar_EG"), QLocale("en_US")
    assert lf.token_amount(None, 18) == "—"
    assert lf.token_amount(0, 18, "DFT", locale=en) == "0 DFT"
    assert lf.token_amount(3 * 10**18, 18, "DFT", locale=ar) == "٣ DFT"
    assert lf.token_amount(-15 * 10**17, 18, locale=en) == "-1.5"
    assert lf.token_amount(-15 * 10**17, 18, locale=ar).endswith("١٫٥")
    assert lf.token_amount(-15 * 10**17, 18, locale=ar).startswith(ar.negativeSign())
    # cut, never rounded up: 0.123456789 ETH at 8 places
    assert lf.wei(123_456_789 * 10**9, locale=en) == "0.12345678 ETH"
    assert lf.wei(1, locale=en) == "< 0.00000001 ETH"
    assert lf.wei(1, locale=ar) == "< ٠٫٠٠٠٠٠٠٠١ ETH"
    assert lf.gwei(1_500_000_000, locale=en) == "1.5 gwei"
    # beyond 64 bits (an 18-decimal uint256 near its top)
    huge = 2**255
    assert lf.token_amount(huge, 0, locale=en) == f"{huge:,}"
    assert set(lf.integer(huge, ar)) <= ARABIC_DIGITS | {"٬"}
    assert lf.integer(12_345, QLocale("mr_IN")) == "१२,३४५"


def test_dates_and_relative_times_use_the_locale(default_locale) -> None:
    moment = datetime(2026, 12, 4, 18, 5, 9, tzinfo=UTC)
    ms = int(moment.timestamp() * 1000)
    shown = lf.date_time(ms, locale=QLocale("ar_EG"))
    assert set(shown) & ARABIC_DIGITS and not set(shown) & set("0123456789")
    assert set(lf.date_time(moment, locale=QLocale("ne_NP"))) & DEVANAGARI_DIGITS
    assert lf.date_time(ms, locale=QLocale("en_US")) != lf.date_time(ms, locale=QLocale("de_DE"))
    assert lf.time_of_day(ms, seconds=True, locale=QLocale("de_DE")).count(":") == 2
    assert lf.date_time(None) == "—"
    QLocale.setDefault(QLocale("ar_EG"))
    ago = lf.relative(moment - timedelta(minutes=5), moment)
    assert "٥" in ago and "5" not in ago  # %Ln: the count in the locale's digits
    assert lf.relative(moment, moment) == "just now"
    QLocale.setDefault(QLocale("en_US"))
    assert "5" in lf.relative(moment - timedelta(minutes=5), moment)
    assert "3" in lf.relative(moment + timedelta(hours=3), moment)
    assert lf.relative(moment - timedelta(days=30), moment) == lf.date(
        moment - timedelta(days=30))
    assert lf.native_digits("12 to send", QLocale("fa_IR")) == "۱۲ to send"

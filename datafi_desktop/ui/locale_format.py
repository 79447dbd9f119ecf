"""Numbers, token amounts, dates and relative times as the user's locale writes them.

Everything here is for showing only. What is signed, hashed, exported or sent
stays in ``core`` and is locale-independent (plain ASCII digits, ``.`` as the
decimal point, ISO dates, milliseconds): ``tests/ui/test_locale_digests.py``
signs and exports the same annotations under several locales and compares bytes.

The locale is ``QLocale()``: the default the app sets from the system or the
chosen language (``QLocale.setDefault``). Digits follow the locale: Egyptian
Arabic writes ``١٬٢٣٤٫٥``, Marathi and Nepali ``१२,३४५.६``, Persian ``۱۲٬۳۴۵``;
Hindi (``hi_IN``) uses Latin digits, as CLDR says Indian users expect, with
Indian grouping (``12,34,567``).

Token amounts are integers of base units (wei for an 18-decimal token); they are
split with integer arithmetic, never through a float, so 1 wei of a token with
18 decimals shows as ``0.000000000000000001``, not ``1e-18`` or ``0``.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QObject, QTimeZone

#: what is shown for an unknown amount or moment
UNKNOWN = "—"
_INT64 = 2**63 - 1


def current() -> QLocale:
    return QLocale()


def native_digits(text: str, locale: QLocale | None = None) -> str:
    """ASCII digits in ``text`` written with the locale's digits."""
    zero = (locale or current()).zeroDigit()
    if zero == "0" or len(zero) != 1:
        return text
    base = ord(zero)
    return "".join(chr(base + ord(c) - 48) if "0" <= c <= "9" else c for c in text)


def integer(n: int, locale: QLocale | None = None) -> str:
    """``n`` with the locale's digits, grouping and minus sign (any size)."""
    loc = locale or current()
    if abs(n) <= _INT64:
        return loc.toString(n)
    digits = native_digits(f"{abs(n):,}".replace(",", "\x00"), loc)
    text = digits.replace("\x00", loc.groupSeparator())
    return (loc.negativeSign() if n < 0 else "") + text


def decimal(text: str, locale: QLocale | None = None) -> str:
    """A plain decimal string (``-1234.5``, ASCII, no grouping) as the locale writes
    it, digit for digit: no float on the way, so no rounding."""
    loc = locale or current()
    negative = text.startswith("-")
    whole, _, frac = text.lstrip("-").partition(".")
    out = integer(int(whole or "0"), loc)
    if frac:
        out += loc.decimalPoint() + native_digits(frac, loc)
    return (loc.negativeSign() if negative else "") + out


def token_amount(amount: int | None, decimals: int, symbol: str = "", *,
                 max_places: int | None = None, locale: QLocale | None = None) -> str:
    """``amount`` base units as a decimal number of tokens in the locale's writing;
    exact (trailing zeros cut); with ``max_places``, longer fractions are cut (not
    rounded up) and a tiny non-zero amount shows as ``< 0.001``."""
    if amount is None:
        return UNKNOWN
    loc = locale or current()
    unit = f" {symbol}" if symbol else ""
    negative = amount < 0
    whole, frac = divmod(abs(int(amount)), 10**decimals) if decimals else (abs(int(amount)), 0)
    digits = str(frac).rjust(decimals, "0").rstrip("0") if decimals and frac else ""
    if max_places is not None and len(digits) > max_places:
        digits = digits[:max_places].rstrip("0")
        if not digits and whole == 0:
            tiny = decimal("0." + "0" * (max_places - 1) + "1", loc)
            return "< " + tiny + unit
    text = decimal(f"{'-' if negative else ''}{whole}{'.' + digits if digits else ''}", loc)
    return text + unit


def wei(amount: int | None, locale: QLocale | None = None) -> str:
    """ETH from wei, at most 8 decimals."""
    return token_amount(amount, 18, "ETH", max_places=8, locale=locale)


def gwei(amount: int | None, locale: QLocale | None = None) -> str:
    return token_amount(amount, 9, "gwei", max_places=3, locale=locale)


def _qdatetime(when: datetime | int | float) -> QDateTime:
    """Epoch milliseconds or a datetime (a naive one is local time) in local time."""
    ms = int(when.timestamp() * 1000) if isinstance(when, datetime) else int(when)
    return QDateTime.fromMSecsSinceEpoch(ms, QTimeZone.systemTimeZone())


def date_time(when: datetime | int | None, *, long: bool = False, seconds: bool = False,
              locale: QLocale | None = None) -> str:
    """A moment (aware datetime or epoch milliseconds) in local time, as the locale
    writes a date and a time (``4/12/26 18:05``, ``٤‏/١٢‏/٢٠٢٦ ٦:٠٥ م``)."""
    if when is None:
        return UNKNOWN
    loc = locale or current()
    moment = _qdatetime(when)
    if seconds:
        return (loc.toString(moment.date(), QLocale.FormatType.ShortFormat) + " "
                + loc.toString(moment.time(), QLocale.FormatType.LongFormat
                               if long else _time_with_seconds(loc)))
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return loc.toString(moment, form)


def _time_with_seconds(loc: QLocale) -> str:
    """The locale's short time format with seconds (``h:mm:ss AP``, ``HH:mm:ss``)."""
    short = loc.timeFormat(QLocale.FormatType.ShortFormat)
    return short.replace("mm", "mm:ss", 1) if "ss" not in short else short


def time_of_day(when: datetime | int | None, *, seconds: bool = False,
                locale: QLocale | None = None) -> str:
    if when is None:
        return UNKNOWN
    loc = locale or current()
    moment = _qdatetime(when)
    return loc.toString(moment.time(), _time_with_seconds(loc) if seconds
                        else loc.timeFormat(QLocale.FormatType.ShortFormat))


def date(when: datetime | int | None, *, locale: QLocale | None = None) -> str:
    if when is None:
        return UNKNOWN
    loc = locale or current()
    return loc.toString(_qdatetime(when).date(), QLocale.FormatType.ShortFormat)


class TimeWords(QObject):
    """How long ago, in the UI's language: ``self.tr`` plurals (context ``TimeWords``),
    which ``pyside6-lupdate`` extracts with their forms, counts in the locale's digits
    (``%Ln``)."""

    def never(self) -> str:
        return self.tr("never")

    def just_now(self) -> str:
        return self.tr("just now")

    def ago(self, unit: str, n: int) -> str:
        words = {"second": self.tr("%Ln second(s) ago", "", n),
                 "minute": self.tr("%Ln minute(s) ago", "", n),
                 "hour": self.tr("%Ln hour(s) ago", "", n),
                 "day": self.tr("%Ln day(s) ago", "", n)}
        return words[unit]

    def ahead(self, unit: str, n: int) -> str:
        words = {"second": self.tr("in %Ln second(s)", "", n),
                 "minute": self.tr("in %Ln minute(s)", "", n),
                 "hour": self.tr("in %Ln hour(s)", "", n),
                 "day": self.tr("in %Ln day(s)", "", n)}
        return words[unit]


def relative(when: datetime | int | None, now: datetime | int | None = None) -> str:
    """How long ago (or how far ahead) ``when`` is: "just now", "5 minutes ago",
    "in 2 hours", "3 days ago"; past a week the date itself. Counts are written with
    the locale's digits (``%Ln``) and plural forms come from the translations."""
    words = TimeWords()
    if when is None:
        return words.never()
    then = _qdatetime(when).toMSecsSinceEpoch()
    ref = _qdatetime(now).toMSecsSinceEpoch() if now is not None else \
        QDateTime.currentMSecsSinceEpoch()
    seconds = (ref - then) // 1000
    future = seconds < 0
    seconds = abs(seconds)
    if seconds < 10:
        return words.just_now()
    for unit, size, below in (("second", 1, 60), ("minute", 60, 3600), ("hour", 3600, 86400),
                              ("day", 86400, 7 * 86400)):
        if seconds < below:
            n = int(seconds // size)
            return words.ahead(unit, n) if future else words.ago(unit, n)
    return date(when)

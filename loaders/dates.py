"""Dates and times as Indonesian news writes them.

``Kamis (1/8/2024)``, ``Senin, 5 Februari 2024``, ``Selasa 20/08/2024``,
``Sabtu (23/11/24)``, ``Selasa (22/4)`` with the year elsewhere in the text,
``Pukul 09.00 WITA``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8,
    "agt": 8, "ags": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "oct": 10, "november": 11, "nopember": 11, "nov": 11, "desember": 12, "des": 12, "dec": 12,
    # spellings seen in regional news
    "febuari": 2, "pebuari": 2, "febru": 2, "agustu": 8, "agutus": 8, "septembet": 9, "setember": 9, "oktobe": 10, "nopemb": 11,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "december": 12,
}
DAYS = r"(?:Senin|Selasa|Rabu|Kamis|Jum['’`]?at|Sabtu|Minggu|Ahad)"
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6, "ahad": 6}
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
# what may stand between a day name and its date: the part of the day, "tanggal" ("Jumat pagi 4 Desember",
# "Kamis malam, 3/12", "Rabu tanggal 5 Juni")
DAY_PART = r"(?:[\s,]+(?:pagi|siang|sore|malam|dini\s+hari)\b)?(?:[\s,]+(?:tanggal|tgl\.?))?"

NUMERIC = re.compile(rf"(?:(?P<day_name>{DAYS}){DAY_PART})?[\s,]*\(?\s*(?<![\d/.])(?P<d>\d{{1,2}})\s*[/.-]\s*(?P<m>\d{{1,2}})"
                     rf"(?:\s*[/.-]\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)?(?!\d)", re.I)
WORDED = re.compile(rf"(?:(?P<day_name>{DAYS}){DAY_PART})?[\s,(]*(?P<d>\d{{1,2}})(?:\s*-\s*\d{{1,2}})?\s+(?P<m>{MONTH_RE})\.?(?:\s+(?P<y>\d{{4}}))?\b", re.I)
ENGLISH = re.compile(rf"\b(?P<m>{MONTH_RE})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b", re.I)
DIGITS = re.compile(r"\d+")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
# "Idul Fitri 1445 H", "1 Muharram 1446 Hijriah": a Hijri year names the Gregorian year most of it falls in
# the year of a law or decree ("UU No 34 Tahun 2004", "Perpres Nomor 12 Tahun 2021 tentang") is no event's
LAW_YEAR = re.compile(r"\b(?:No|Nomor)\.?\s*\d+[\w/.-]*\s+(?:Tahun|Th\.?)\s+\d{4}|\bTahun\s+\d{4}\s+tentang\b", re.I)
HIJRI_YEAR = re.compile(r"\b(1[34]\d\d)\s*(?:H\b|Hijriah|Hijriyah)")
# What each date pattern cannot match without (a day number next to its month or year): a window
# without it is skipped. These start with a digit, so ``re`` finds them fast, while
# the patterns themselves (an optional day name first) are tried at every character.
NEEDS = {WORDED: re.compile(rf"\d\s+(?:{MONTH_RE})", re.I), ENGLISH: re.compile(r"\d,?\s+\d{4}"),
         NUMERIC: re.compile(r"\d\s*[/.-]\s*\d")}
NUMBER_BEFORE = re.compile(r"(?i:\b(?:nomor|nomer|no\.?)\s*:?\s*$)")
# a date that opens or closes a period ("mulai hari Senin tanggal 23 Desember sampai 1 Januari") dates
# no single event, whatever its day name
PERIOD_WORD = r"(?:sampai|hingga|s/d|s\.d\.?)"
PERIOD_BEFORE = re.compile(rf"(?i:\b(?:(?:mulai|sejak|dimulai)(?:\s+(?:dari|pada))?|{PERIOD_WORD}(?:\s+dengan)?)(?:\s+hari)?\s*$)")
# "Kapolres saat dikonfirmasi, Senin (5/2/2024), mengatakan ...": the day a reporter reached someone,
# not the day of what they speak of
ASKED_BEFORE = re.compile(r"(?i:\b(?:di|saat\s+|ketika\s+|waktu\s+)?(?:konfirmasi|dikonfirmasi|ditemui|dihubungi|diwawancarai|"
                          r"dijumpai|ditanya|dimintai\s+keterangan)(?:\s+\w+){0,3}[\s,]*(?:pada\s+)?(?:hari\s+)?$)")
PERIOD_AFTER = re.compile(rf"(?i:\s*{PERIOD_WORD}\s+(?:dengan\s+)?(?:hari\s+)?(?:tanggal\s+|tgl\.?\s*)?(?:{DAYS}|\d))")
TIME = re.compile(r"(?:[Pp]ukul|[Jj]am)\s+(?P<h>\d{1,2})[.:](?P<min>\d{2})\s*(?P<tz>WIB|WITA|WIT)?")


@dataclass
class DateMention:
    start: int
    end: int
    day: int
    month: int
    year: int | None
    day_name: str | None = None
    period: bool = False  # opens or closes a period ("sejak 20 Juli hingga 8 Agustus 2024")
    asked: bool = False  # the day a reporter reached someone ("saat dikonfirmasi, Senin (5/2)")

    @property
    def weekday(self) -> bool:
        """Written with a day name, and neither a period's bound nor the day a reporter asked: an event's date."""
        return bool(self.day_name) and not (self.period or self.asked)

    def resolve(self, default_year: int | None) -> str | None:
        """The date, with ``default_year`` when the text leaves the year out. A day name
        decides between that year and the ones beside it: "Jumat (1/9)" in a story about
        "Pemilu 2024" is 1 September 2023, the Friday."""
        year = self.year or default_year
        if year is None:
            return None
        if self.year is None and self.day_name:
            # no year beside the guess puts the day on its weekday: the guess is wrong, say nothing
            # ("tahun 2024 depan" in a story of Rabu (30/11) is 2022: the Wednesday within two years)
            year = next((y for y in (year, year - 1, year + 1, year - 2, year + 2) if self._falls_on_its_day(y)), None)
            if year is None:
                return None
        try:
            return dt.date(year, self.month, self.day).isoformat()
        except ValueError:
            return None

    def _falls_on_its_day(self, year: int) -> bool:
        try:
            return dt.date(year, self.month, self.day).weekday() == WEEKDAYS.get(re.sub(r"['’`]", "", self.day_name.lower()))
        except ValueError:
            return False


LAST_TWO_DIGIT_YEAR = 40  # "17/11/23" is 2023; "/80" is no year of these stories (a fixed bound: no clock)


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    if year < 100:
        # "(28/12/80)" in a story of "Ops Lilin 2020": a two-digit year past the near future is a
        # typo, and the date takes the story's year like one written without it
        return year + 2000 if year <= LAST_TWO_DIGIT_YEAR else None
    return year


def _near_digits(text: str, before: int = 40, after: int = 40) -> list[tuple[int, int]]:
    """Stretches of text around numbers: every date has a day number, and what it
    begins with (a day name, a month, a bracket) is close before it. Searching only
    these instead of the whole text makes finding dates several times faster."""
    windows: list[list[int]] = []
    for m in DIGITS.finditer(text):
        start, end = max(0, m.start() - before), min(len(text), m.end() + after)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    return [(a, b) for a, b in windows]


def find_dates(text: str) -> list[DateMention]:
    """Every date written in ``text``, in order."""
    found: list[DateMention] = []
    taken: list[range] = []
    windows = _near_digits(text)
    for pattern, numeric_month in ((WORDED, False), (ENGLISH, False), (NUMERIC, True)):
        needs = NEEDS[pattern]
        for m in (m for a, b in windows if needs.search(text, a, b) for m in pattern.finditer(text, a, b)):
            if any(m.start() in r for r in taken):
                continue
            month = int(m["m"]) if numeric_month else MONTHS[m["m"].lower()]
            day = int(m["d"])
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            if numeric_month and not m["y"] and not m.groupdict().get("day_name") and "(" not in m.group(0):
                continue  # "1/2" alone is more often a fraction or a code than a date
            if numeric_month and NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "Maklumat Kapolri nomor 04/12/2020": a document's number
            day_name = m.groupdict().get("day_name")
            period = bool(PERIOD_BEFORE.search(text, max(0, m.start() - 24), m.start()) or PERIOD_AFTER.match(text, m.end()))
            asked = bool(ASKED_BEFORE.search(text, max(0, m.start() - 40), m.start()))
            found.append(DateMention(m.start(), m.end(), day, month, _year(m["y"]), day_name, period, asked))
            taken.append(range(m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def text_year(text: str, dates: list[DateMention] | None = None) -> int | None:
    """The year an undated "Selasa (22/4)" belongs to: the year of a full date
    in the text, else the most frequent year mentioned (``Pilkada 2024``)."""
    for d in dates if dates is not None else find_dates(text):
        if d.year:
            return d.year
    years = YEAR.findall(LAW_YEAR.sub(" ", text))
    if not years:
        hijri = HIJRI_YEAR.search(text)
        # 1 Muharram moves about 11 days a year; 1445 H ran from July 2023 to July 2024
        return round(int(hijri.group(1)) * 354.367 / 365.2425 + 621.57) if hijri else None
    # among years named equally often the first named ("periode 2019-2024" speaks from its start)
    return int(max(dict.fromkeys(years), key=years.count))


def find_time(text: str) -> tuple[str | None, str | None]:
    """``Pukul 09.00 WITA`` -> ('09:00', 'WITA')."""
    m = TIME.search(text)
    if not m:
        return None, None
    hour, minute = int(m["h"]), int(m["min"])
    if hour > 23 or minute > 59:
        return None, None
    return f"{hour:02d}:{minute:02d}", m["tz"]

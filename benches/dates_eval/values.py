"""Values of the `briefing dates` contract (DESIGN.md) as closed ranges of day numbers.

`YYYY-MM-DD`, `YYYY-MM`, `YYYY` and `START/END` (END included) become (first day, last day) as
proleptic-Gregorian day numbers. Years may carry a sign and fewer or more digits (`-0043`), so that
years before 1 compare; which numbering the tagger's contract picks for them (ISO 8601 astronomical,
1 BC = 0000, or historical, 1 BC = -0001) is not settled, and the phrase tables accept both.
"""
import re


def days_from_civil(y, m, d):
    """Day number of a proleptic Gregorian date (any year, astronomical numbering)."""
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def month_len(y, m):
    if m == 2:
        leap = (y % 4 == 0 and y % 100 != 0) or y % 400 == 0
        return 29 if leap else 28
    return 30 if m in (4, 6, 9, 11) else 31


POINT = re.compile(r"([+-]?\d{1,6})(?:-(\d\d)(?:-(\d\d))?)?")


def point_range(v):
    """(first, last) day numbers of one point value, or None when it is not one."""
    m = POINT.fullmatch(v.strip())
    if not m:
        return None
    y = int(m.group(1))
    if m.group(3):
        mo, d = int(m.group(2)), int(m.group(3))
        if not (1 <= mo <= 12 and 1 <= d <= month_len(y, mo)):
            return None
        n = days_from_civil(y, mo, d)
        return n, n
    if m.group(2):
        mo = int(m.group(2))
        if not 1 <= mo <= 12:
            return None
        return days_from_civil(y, mo, 1), days_from_civil(y, mo, month_len(y, mo))
    return days_from_civil(y, 1, 1), days_from_civil(y, 12, 31)


def value_range(v):
    """Range of a contract value (point or START/END interval), or None."""
    if not v:
        return None
    if "/" in v:
        a, b = v.split("/", 1)
        ra, rb = point_range(a), point_range(b)
        if ra and rb and ra[0] <= rb[1]:
            return ra[0], rb[1]
        return None
    return point_range(v)


def part_window(period, part):
    """Window a START / MID / END part of a period must lie in (see score_phrases.py)."""
    a, b = period
    n = b - a + 1
    half = (n + 1) // 2
    if part == "START":
        return a, a + half - 1
    if part == "END":
        return b - half + 1, b
    fifth = n // 5
    return a + fifth, b - fifth


def part_accepts(part, period, got):
    """Is the range `got` a START / MID / END part of the range `period` (a proper sub-range
    inside the window `part_window` gives)?"""
    lo, hi = part_window(period, part)
    return got != period and lo <= got[0] and got[1] <= hi


def matches(expected_alt, got):
    """Does one alternative of an expected value accept the system value `got`?"""
    r = value_range(got)
    if r is None:
        return False
    tol = 0
    m = re.match(r"~(\d+):(.*)", expected_alt)
    if m:
        tol, expected_alt = int(m.group(1)), m.group(2)
    m = re.match(r"(START|MID|END):(.*)", expected_alt)
    if m:
        return part_accepts(m.group(1), value_range(m.group(2)), r)
    e = value_range(expected_alt)
    if e is None:
        raise ValueError(f"bad expected value {expected_alt!r}")
    return abs(r[0] - e[0]) <= tol and abs(r[1] - e[1]) <= tol

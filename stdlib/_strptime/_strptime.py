# _strptime: the parser behind time.strptime and datetime.strptime, for the C locale, with CPython 3.11's results
# and messages; the design is weft's own. A format is translated once (then cached) into one regular expression
# with a named group per directive, plus the list of those directives in format order. After a match, one pass
# over that list hands each field's text to its directive's converter, which stores it in a _Fields record;
# _complete() then fills in what the format left out (year, day of the year, date, weekday) as CPython does.

import time as _time

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_SHORT_WEEKDAYS = [name[:3] for name in _WEEKDAYS]
_SHORT_MONTHS = [name[:3] for name in _MONTHS]
# days before month m (1..12) of a common year, and the year's length
_MONTH_STARTS = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)

# The C locale's composite directives, spelled with the simple ones.
_COMPOSITES = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}

# What each numeric directive accepts. Where several lengths are possible the longer ones come first, so that a
# field takes as many digits as it can and gives some back only when the rest of the format needs them.
_NUMBERS = {
    "d": r"0[1-9]|[12]\d|3[01]| ?[1-9]",
    "f": r"[0-9]{1,6}",
    "G": r"\d{4}",
    "H": r"[01]\d|2[0-3]|\d",
    "I": r"0[1-9]|1[0-2]|[1-9]",
    "j": r"00[1-9]|0[1-9]\d|[12]\d\d|3[0-5]\d|36[0-6]|[1-9]\d|0[1-9]|[1-9]",
    "m": r"0[1-9]|1[0-2]|[1-9]",
    "M": r"[0-5]\d|\d",
    "S": r"[0-5]\d|6[01]|\d",
    "U": r"[0-4]\d|5[0-3]|\d",
    "u": r"[1-7]",
    "V": r"0[1-9]|[1-4]\d|5[0-3]|\d",
    "W": r"[0-4]\d|5[0-3]|\d",
    "w": r"[0-6]",
    "y": r"\d\d",
    "Y": r"\d{4}",
    "z": r"[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z)",
}

# A run of whitespace in the format matches any run of whitespace: the characters str.isspace() accepts, which
# is what \s means in a str pattern (spelled out: weft's \s misses \x1c-\x1f).
_SPACE = r"[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+"
# After '%', these (and whitespace) are reported as a bad directive '%', as CPython does
_REGEX_SPECIALS = frozenset("\\.^$*+?(){}[]|")


class _Fields:
    # what the directives found; None where nothing was
    year = iso_year = iso_week = week = weekday = julian = zone = gmtoff = None
    month = day = 1
    hour = minute = second = fraction = gmtoff_fraction = 0
    monday_first = pm = False
    isdst = -1


def _two_digit_year(f, v):
    y = int(v)
    f.year = y + (2000 if y <= 68 else 1900)


def _name(names, first=0):
    # a name's place in the list (the text matched case-insensitively); list.index's error if lower() does not
    # give it back (as for 'ſun', which matches 'sun')
    return lambda v: names.index(v.lower()) + first


def _set(attr, convert=int):
    def store(f, v):
        setattr(f, attr, convert(v))
    return store


def _hour12(f, v):
    f.hour = int(v) % 12 + (12 if f.pm else 0)


def _week(monday_first):
    def store(f, v):
        f.week = int(v)
        f.monday_first = monday_first
    return store


def _offset(f, v):
    # [+-]hh[:]mm[[:]ss[.ffffff]] or Z; a colon after the hours asks for one after the minutes too
    if v == "Z":
        f.gmtoff = 0
        return
    rest = v[3:]
    if rest[:1] == ":":
        rest = rest[1:]
        if len(rest) > 2:
            if rest[2] != ":":
                raise ValueError("Inconsistent use of : in " + v)
            rest = rest[:2] + rest[3:]
    seconds = int(v[1:3]) * 3600 + int(rest[:2]) * 60 + int(rest[2:4] or 0)
    micro = int(rest[5:].ljust(6, "0"))
    if v[0] == "-":
        seconds, micro = -seconds, -micro
    f.gmtoff = seconds
    f.gmtoff_fraction = micro


_CONVERTERS = {
    "a": _set("weekday", _name(_SHORT_WEEKDAYS)),
    "A": _set("weekday", _name(_WEEKDAYS)),
    "b": _set("month", _name(_SHORT_MONTHS, 1)),
    "B": _set("month", _name(_MONTHS, 1)),
    "d": _set("day"),
    "f": _set("fraction", lambda v: int(v.ljust(6, "0"))),
    "G": _set("iso_year"),
    "H": _set("hour"),
    "I": _hour12,
    "j": _set("julian"),
    "m": _set("month"),
    "M": _set("minute"),
    "p": lambda f, v: None,         # read before the pass, for %I
    "S": _set("second"),
    "U": _week(False),
    "u": _set("weekday", lambda v: int(v) - 1),
    "V": _set("iso_week"),
    "W": _week(True),
    "w": _set("weekday", lambda v: (int(v) + 6) % 7),
    "y": _two_digit_year,
    "Y": _set("year"),
    "z": _offset,
}


class _State:
    # the regex module, the pieces of pattern per directive, the time zone names they were made from (rebuilt
    # when time.tzname or time.daylight change, as CPython's cache is) and the compiled formats
    def __init__(self):
        import re
        if hasattr(_time, "tzset"):
            _time.tzset()          # CPython re-reads TZ whenever it (re)builds its tables
        self.re = re
        self.tzname = _time.tzname
        self.daylight = _time.daylight
        self.standard = {"utc", "gmt", self.tzname[0].lower()}
        self.summer = {self.tzname[1].lower()} if self.daylight else set()
        self.formats = {}
        pieces = dict(_NUMBERS)
        for letter, names in (("a", _SHORT_WEEKDAYS), ("A", _WEEKDAYS), ("b", _SHORT_MONTHS), ("B", _MONTHS),
                              ("p", ("am", "pm")), ("Z", self.standard | self.summer)):
            # the longest first, so that a name is not cut short by one that begins it
            pieces[letter] = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n)
        self.pieces = {k: "(?P<%s>%s)" % (k, v) for k, v in pieces.items()}
        self.pieces["%"] = "%"
        self.converters = dict(_CONVERTERS, Z=self.zone)

    def zone(self, f, v):
        f.zone = v
        name = v.lower()
        if self.tzname[0] == self.tzname[1] and self.daylight and name not in ("utc", "gmt"):
            return                  # the name says nothing about summer time
        if name in self.standard:
            f.isdst = 0
        elif name in self.summer:
            f.isdst = 1

    def translate(self, fmt, whole, parts, names):
        i, n = 0, len(fmt)
        while i < n:
            c = fmt[i]
            if c == "%":
                if i + 1 == n:
                    raise ValueError("stray %% in format '%s'" % whole)
                d = fmt[i + 1]
                i += 2
                if d in _COMPOSITES:
                    self.translate(_COMPOSITES[d], whole, parts, names)
                    continue
                piece = self.pieces.get(d)
                if piece is None:
                    if d in _REGEX_SPECIALS or d.isspace():
                        d = "%"
                    raise ValueError("'%s' is a bad directive in format '%s'" % (d, whole))
                parts.append(piece)
                if d != "%":
                    names.append(d)
            elif c.isspace():
                while i < n and fmt[i].isspace():
                    i += 1
                parts.append(_SPACE)
            else:
                parts.append(self.re.escape(c))
                i += 1

    def compile(self, fmt):
        entry = self.formats.get(fmt)
        if entry is None:
            parts, names = [], []
            self.translate(fmt, fmt, parts, names)
            entry = self.re.compile("".join(parts), self.re.IGNORECASE), names
            if len(self.formats) >= 64:
                self.formats.clear()
            self.formats[fmt] = entry
        return entry


_state = None


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _year_length(y):
    return 366 if _is_leap(y) else 365


def _jan1_weekday(y):
    # Monday is 0. A year moves the weekday on by 1 (365 = 52 weeks + 1 day), a leap year by 2; 0001-01-01 was
    # a Monday.
    p = y - 1
    return (p + p // 4 - p // 100 + p // 400) % 7


def _check_year(y):
    if not 1 <= y <= 9999:
        raise ValueError("year %d is out of range" % y)


def _complete(f):
    # The fields of the struct, CPython's way: the checks of the ISO directives, 1900 as the default year (1904
    # for Feb 29, shown as 1900 in the end), the day of the year from a week number and a weekday, the date from
    # the day of the year, the weekday from the date.
    if f.year is None and f.iso_year is not None:
        if f.iso_week is None or f.weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if f.julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif f.iso_week is not None and f.week is None:
        if f.weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year "
                         "'%G' instead.")
    feb29 = f.year is None and f.month == 2 and f.day == 29
    year = f.year if f.year is not None else 1904 if feb29 else 1900
    yday = f.julian
    if yday is None and f.weekday is not None:
        if f.week is not None:
            # week 1 begins on the year's first Monday (%W) or Sunday (%U); week 0 is the days before it, and when
            # the year begins on that weekday, week 0 is taken to be week 1
            _check_year(year)
            shift = 0 if f.monday_first else 1
            first = (_jan1_weekday(year) + shift) % 7
            week = f.week - (f.week > 0 and first == 0)
            yday = 7 * week + (f.weekday + shift) % 7 - first + 1
        elif f.iso_year is not None and f.iso_week is not None:
            # ISO week 1 is the one with the year's first Thursday: its Monday is the Monday on or before Jan 4
            year = f.iso_year
            _check_year(year)
            yday = 7 * (f.iso_week - 1) + f.weekday + 4 - (_jan1_weekday(year) + 3) % 7
        if yday is not None and yday < 1:
            year -= 1
            yday += _year_length(year)
    leap = _is_leap(year)
    if yday is None:
        _check_year(year)
        month, day = f.month, f.day
        if day > _MONTH_STARTS[month + 1] - _MONTH_STARTS[month] + (leap and month == 2):
            raise ValueError("day is out of range for month")
        yday = _MONTH_STARTS[month] + (leap and month > 2) + day
        in_year = yday
    else:
        _check_year(year)
        in_year = yday              # tm_yday keeps counting past the year's end, the date does not
        if in_year > 365 + leap:
            in_year -= 365 + leap
            year += 1
            _check_year(year)
            leap = _is_leap(year)
        month = 12
        while in_year <= _MONTH_STARTS[month] + (leap and month > 2):
            month -= 1
        day = in_year - _MONTH_STARTS[month] - (leap and month > 2)
    weekday = f.weekday
    if weekday is None:
        weekday = (_jan1_weekday(year) + in_year - 1) % 7
    if feb29:
        year = 1900
    return (year, month, day, f.hour, f.minute, f.second, weekday, yday, f.isdst, f.zone, f.gmtoff)


def _parse(data_string, format):
    # (the struct_time fields, microseconds, microseconds of the UTC offset)
    global _state
    if not isinstance(data_string, str):
        raise TypeError("strptime() argument 0 must be str, not %s" % type(data_string))
    if not isinstance(format, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(format))
    st = _state
    if st is None or st.tzname != _time.tzname or st.daylight != _time.daylight:
        st = _state = _State()
    regex, names = st.compile(format)
    found = regex.match(data_string)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if found.end() != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    f = _Fields()
    if "p" in names:
        f.pm = found.group("p").lower() == "pm"
    converters = st.converters
    for d in names:
        converters[d](f, found.group(d))
    return _complete(f), f.fraction, f.gmtoff_fraction


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Parse *data_string* per *format* and give a time.struct_time."""
    return _time.struct_time(_parse(data_string, format)[0])


def _strptime_datetime(cls, data_string, format):
    """Parse *data_string* per *format* and give an instance of *cls*, a datetime subclass."""
    fields, fraction, gmtoff_fraction = _parse(data_string, format)
    args = fields[:6] + (fraction,)
    gmtoff = fields[10]
    if gmtoff is not None:
        from datetime import timedelta, timezone
        offset = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        zone = fields[9]
        args += (timezone(offset, zone) if zone else timezone(offset),)
    return cls(*args)

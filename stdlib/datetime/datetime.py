# datetime: dates, times, durations and fixed-offset time zones, written in weft's Python after CPython 3.11's C
# module (Modules/_datetimemodule.c): its results, reprs, error messages and the types its constructors and
# operators hand back to subclasses. Objects keep plain ints in __slots__; arithmetic works on ordinals and seconds.
# strftime renders the C locale's directives the way glibc does (flags, widths, E/O modifiers, unknown directives)
# without time.strftime; strptime is the _strptime module's, as in CPython. Local time (fromtimestamp without
# tz, astimezone(), timestamp() of naive datetimes) asks the system in one place: _local_tm below.
import time as _time
import math as _math
import sys
from operator import index as _index, attrgetter as _attrgetter

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

__doc__ = "Fast implementation of the datetime type."

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059               # date(9999, 12, 31).toordinal()
_EPOCH_ORD = 719163                 # date(1970, 1, 1).toordinal()
_EPOCH_S = _EPOCH_ORD * 86400       # the Unix epoch on the seconds scale that starts at ordinal 0
_MAX_FOLD_S = 24 * 3600             # the largest fold in the IANA database is 23 hours (Kwajalein, 1969)
_TIME_T_MIN = -2 ** 63
_TIME_T_LIM = 2 ** 63

_DAYS_IN_MONTH = (-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYNAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAYNAMES_FULL = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHNAMES_FULL = (None, "January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December")

_new = object.__new__
_NA = object()      # an argument not given
_2D = tuple("%02d" % i for i in range(100))     # weft's % formatting is slow; these build the common strings


def _pad4(y):
    return str(y) if y >= 1000 else ("000" + str(y))[-4:]


def _pad6(us):
    s = str(us)
    return s if len(s) == 6 else "000000"[len(s):] + s


# ---- calendar arithmetic (proleptic Gregorian; ordinal 1 is 0001-01-01) ----------------------------------------

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and y % 4 == 0 and (y % 100 != 0 or y % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[m]


# Ordinals: day 1 is 0001-01-01. Both conversions move the start of the year to March 1, which puts the leap day
# at the end of its year and makes the months from March on follow one pattern (five months take 153 days: 31,
# 30, 31, 30, 31), and split time into eras of 400 such years: 146097 days that repeat exactly. 0000-03-01, the
# first day of era 0, is ordinal -305.

def _ymd2ord(y, m, d):
    if m > 2:
        m -= 3
    else:
        m += 9                          # January and February end the year that began the March before
        y -= 1
    era, y = divmod(y, 400)
    # days of the era before this year (a leap day every 4 years, none at 100, but one at 400) and before the month
    return era * 146097 + y * 365 + y // 4 - y // 100 + (153 * m + 2) // 5 + d - 306


def _ord2ymd(n):
    # Any int (floor divisions), so it also serves gmtime for far-off timestamps.
    era, n = divmod(n + 305, 146097)   # n: days since March 1 of the era's first year, 0..146096
    # Taking out the leap days (one in 1460 days, none on each 36524th, one on the 146096th: the era's last day)
    # leaves a count of 365-day years.
    y = (n - n // 1460 + n // 36524 - n // 146096) // 365
    n -= y * 365 + y // 4 - y // 100   # day of that year, from March 1
    m = (5 * n + 2) // 153             # month from March: the inverse of the 153-per-5 rule
    d = n + 1 - (153 * m + 2) // 5
    y += era * 400
    if m < 10:
        return y, m + 3, d
    return y + 1, m - 9, d


def _weekday(y, m, d):
    return (_ymd2ord(y, m, d) + 6) % 7


def _iso_week1_monday(year):
    # ISO week 1 is the week of January 4: it begins on the Monday on or before that day
    jan4 = _ymd2ord(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _isocalendar(y, m, d):
    # An ISO week belongs to the year of its Thursday; that year's weeks are numbered from its first Thursday.
    n = _ymd2ord(y, m, d)
    wd = (n + 6) % 7
    thursday = n + 3 - wd
    jan1 = _ymd2ord(y, 1, 1)
    if thursday < jan1:
        y -= 1
        jan1 = _ymd2ord(y, 1, 1)
    elif thursday >= jan1 + 365 + _is_leap(y):
        jan1 += 365 + _is_leap(y)
        y += 1
    return y, (thursday - jan1) // 7 + 1, wd + 1


def _add_days(y, m, d, n):
    # (y, m, d) moved by n days (CPython: normalize_y_m_d); OverflowError outside years 1..9999.
    nd = d + n
    if 1 <= nd <= 28 or (nd > 28 and nd <= _days_in_month(y, m)):
        return y, m, nd
    o = _ymd2ord(y, m, 1) + nd - 1
    if o < 1 or o > _MAXORDINAL:
        raise OverflowError("date value out of range")
    return _ord2ymd(o)


# ---- argument checks with the C module's messages ------------------------------------------------------------

_CNAMES = {}        # our base types -> their C tp_name ('datetime.date'), filled in below


def _tn(x):
    # The type name CPython's messages show: 'datetime.date' for the base types, __name__ otherwise.
    t = type(x)
    n = _CNAMES.get(t)
    return t.__name__ if n is None else n


def _argtn(x):
    # the type name in PyArg_Parse's "must be X, not Y" messages: None is 'None'
    return "None" if x is None else _tn(x)


def _cint(v):
    # PyArg_Parse's "i": an int (or __index__) that fits a C int.
    if type(v) is not int:
        v = _index(v)
    if -2147483648 <= v <= 2147483647:
        return v
    if v >= 9223372036854775808 or v < -9223372036854775808:
        raise OverflowError("Python int too large to convert to C long")
    if v > 0:
        raise OverflowError("signed integer is greater than maximum")
    raise OverflowError("signed integer is less than minimum")


def _missing(name, pos, fname="function"):
    raise TypeError("%s missing required argument '%s' (pos %d)" % (fname, name, pos))


def _check_date_args(year, month, day):
    if year < 1 or year > 9999:
        raise ValueError("year %d is out of range" % year)
    if month < 1 or month > 12:
        raise ValueError("month must be in 1..12")
    if day < 1 or day > _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _check_time_args(h, m, s, us, fold):
    if h < 0 or h > 23:
        raise ValueError("hour must be in 0..23")
    if m < 0 or m > 59:
        raise ValueError("minute must be in 0..59")
    if s < 0 or s > 59:
        raise ValueError("second must be in 0..59")
    if us < 0 or us > 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % _tn(tz))


def _check_offset(name, off):
    # call_tzinfo_method's checks on what utcoffset()/dst() returned.
    if off is None:
        return None
    if isinstance(off, timedelta):
        d = off._days
        if d < -1 or d >= 1 or (d == -1 and off._seconds == 0 and off._microseconds < 1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24).")
        return off
    raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, _tn(off)))


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % _tn(name))
    return name


def _offset_us(off):
    return (off._days * 86400 + off._seconds) * 1000000 + off._microseconds


def _format_offset(off, sep):
    # +HH<sep>MM[<sep>SS[.ffffff]] (CPython: format_utcoffset); '' for None.
    if off is None:
        return ""
    total = (off._days * 86400 + off._seconds) * 1000000 + off._microseconds
    sign = "+"
    if total < 0:
        sign = "-"
        total = -total
    s, us = divmod(total, 1000000)
    mm, ss = divmod(s, 60)
    hh, mm = divmod(mm, 60)
    if us:
        return f"{sign}{_2D[hh]}{sep}{_2D[mm]}{sep}{_2D[ss]}.{_pad6(us)}"
    if ss:
        return f"{sign}{_2D[hh]}{sep}{_2D[mm]}{sep}{_2D[ss]}"
    return f"{sign}{_2D[hh]}{sep}{_2D[mm]}"


def _unsupported(sym, a, b):
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (sym, _tn(a), _tn(b)))


def _foreign(other):
    # An operand no other type's reflected method will take: a builtin (int, str, None...) or one of ours.
    t = type(other)
    return t.__module__ == "builtins" or t in _CNAMES


def _cmp_error(op, a, b):
    raise TypeError("'%s' not supported between instances of '%s' and '%s'" % (op, _tn(a), _tn(b)))


def _round_half_even_div(a, b):
    # a / b rounded to the nearest int, halves to even (CPython: _PyLong_DivmodNear).
    q, r = divmod(a, b)
    r *= 2
    if (r > b if b > 0 else r < b) or (r == b and q & 1):
        q += 1
    return q


def _c_round(x):
    # C's round(): halves away from zero.
    if x >= 0.0:
        r = _math.floor(x)
        return r + 1.0 if x - r >= 0.5 else float(r)
    r = _math.floor(-x)
    return -(r + 1.0) if -x - r >= 0.5 else -float(r)


# ---- local time: the only place that asks the system (time.localtime and time.mktime) -----------------------

_sys_localtime = getattr(_time, "localtime", None)
_sys_mktime = getattr(_time, "mktime", None)


def _gmtime(t):
    # gmtime(t) for an int t: (year, month, day, hour, minute, second); OSError when the year overflows a C int.
    if t < _TIME_T_MIN or t >= _TIME_T_LIM:
        raise OverflowError("timestamp out of range for platform time_t")
    days, s = divmod(t, 86400)
    y, m, d = _ord2ymd(days + _EPOCH_ORD)
    if y - 1900 < -2147483648 or y - 1900 > 2147483647:
        raise OSError(75, "Value too large for defined data type")
    hh, s = divmod(s, 3600)
    mm, ss = divmod(s, 60)
    return y, m, d, hh, mm, ss


def _local_tm(t):
    # localtime(t) for an int t: (year, month, day, hour, minute, second, utc offset in seconds, zone name).
    # time.localtime when the time module has it, else the zone is taken to be UTC.
    if t < _TIME_T_MIN or t >= _TIME_T_LIM:
        raise OverflowError("timestamp out of range for platform time_t")
    if _sys_localtime is not None:
        if t > 67768036191676799 or t < -67768040609740800:
            _gmtime(t)      # a year beyond a C int: OSError, as localtime_r fails
        tm = _sys_localtime(t)
        return tm[0], tm[1], tm[2], tm[3], tm[4], tm[5], tm.tm_gmtoff, tm.tm_zone
    return _gmtime(t) + (0, "UTC")


def _mktime_tt(tt):
    # strftime's %s: mktime() of a 9-field time tuple (in a zone without DST, tm_isdst 1 means an hour less)
    if _sys_mktime is not None:
        try:
            return int(_sys_mktime(tt))
        except OverflowError:
            return -1
    t = ((_ymd2ord(tt[0], tt[1], tt[2]) * 24 + tt[3]) * 60 + tt[4]) * 60 + tt[5] - _EPOCH_S
    return t - 3600 if tt[8] > 0 else t


def _utc_to_seconds(y, m, d, hh, mm, ss):
    if y < 1:       # (3.11 checks only this end)
        raise ValueError("year %d is out of range" % y)
    return ((_ymd2ord(y, m, d) * 24 + hh) * 60 + mm) * 60 + ss


def _local(u):
    # CPython's local(): seconds since 0001-01-01 in UTC -> the same count for the local wall clock.
    tm = _local_tm(u - _EPOCH_S)
    return _utc_to_seconds(tm[0], tm[1], tm[2], tm[3], tm[4], tm[5])


def _local_to_seconds(y, m, d, hh, mm, ss, fold):
    # Solve t = local(u) for u (CPython: local_to_seconds), choosing by fold in a repeated or skipped hour.
    t = _utc_to_seconds(y, m, d, hh, mm, ss)
    a = _local(t) - t
    u1 = t - a
    t1 = _local(u1)
    if t1 == t:
        u2 = u1 + _MAX_FOLD_S if fold else u1 - _MAX_FOLD_S
        b = _local(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    t2 = _local(u2)
    if t2 == t:
        return u2
    if t1 == t:
        return u1
    return min(u1, u2) if fold else max(u1, u2)


def _local_timezone_from_timestamp(t):
    tm = _local_tm(t)
    return _new_timezone(_td(0, tm[6], 0), tm[7])


# ---- timestamps (CPython: _PyTime_ObjectToTimeval / _PyTime_ObjectToTime_t) -----------------------------------

def _timestamp_us(ts):
    # (seconds, microseconds), the fraction rounded half to even.
    if isinstance(ts, float):
        if ts != ts:
            raise ValueError("Invalid value NaN (not a number)")
        frac, whole = _math.modf(ts)
        frac *= 1e6
        r = _math.floor(frac)
        diff = frac - r
        if diff > 0.5 or (diff == 0.5 and r % 2 == 1):
            r += 1
        frac = float(r)
        if frac >= 1e6:
            frac -= 1e6
            whole += 1.0
        elif frac < 0.0:
            frac += 1e6
            whole -= 1.0
        if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(whole), int(frac)
    t = _index(ts)
    if t < _TIME_T_MIN or t >= _TIME_T_LIM:
        raise OverflowError("timestamp out of range for platform time_t")
    return t, 0


def _timestamp_floor(ts):
    if isinstance(ts, float):
        if ts != ts:
            raise ValueError("Invalid value NaN (not a number)")
        f = _math.floor(ts) if -9.223372036854776e18 <= ts < 9.223372036854776e18 else ts
        if not -9.223372036854776e18 <= f < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(f)
    t = _index(ts)
    if t < _TIME_T_MIN or t >= _TIME_T_LIM:
        raise OverflowError("timestamp out of range for platform time_t")
    return t


# ---- time tuples --------------------------------------------------------------------------------------------

_struct_time = _time.struct_time


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    return _struct_time((y, m, d, hh, mm, ss, _weekday(y, m, d), _DAYS_BEFORE_MONTH[m] + d +
                         (m > 2 and _is_leap(y)), dstflag))


# ---- read-only attributes with CPython's messages -------------------------------------------------------------

def _ro(slot, attr, owner):
    # a read-only field: CPython's getset message, or a member's ("readonly attribute") when owner is None
    msg = "readonly attribute" if owner is None else "attribute '%s' of '%s' objects is not writable" % (attr, owner)

    def setter(self, value):
        raise AttributeError(msg)

    def deleter(self):
        raise AttributeError(msg)
    return property(_attrgetter(slot), setter, deleter)


def _no_attribute(self, name):
    raise AttributeError("'%s' object has no attribute '%s'" % (_tn(self), name))


# ==== timedelta ================================================================================================

def _td(d, s, us):
    # new_delta(d, s, us, normalize=1) of the base type.
    if us < 0 or us >= 1000000:
        q, us = divmod(us, 1000000)
        s += q
    if s < 0 or s >= 86400:
        q, s = divmod(s, 86400)
        d += q
    if d < -999999999 or d > 999999999:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
    self = _new(timedelta)
    self._days = d
    self._seconds = s
    self._microseconds = us
    return self


def _td_from_us(us, cls=None):
    # microseconds_to_delta: a count of microseconds (an int) -> timedelta.
    s, us = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    if d < -999999999 or d > 999999999:
        if d < -2147483648 or d > 2147483647:
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
    self = _new(timedelta if cls is None else cls)
    self._days = d
    self._seconds = s
    self._microseconds = us
    return self


def _td_accum(tag, sofar, num, factor, leftover):
    # CPython's accum(): num units of factor microseconds added to sofar; float fractions go to leftover[0].
    if isinstance(num, int):
        return sofar + num * factor
    if isinstance(num, float):
        fracpart, intpart = _math.modf(num)
        sofar += int(intpart) * factor
        if fracpart == 0.0:
            return sofar
        fracpart, intpart = _math.modf(float(factor) * fracpart)
        leftover[0] += fracpart
        return sofar + int(intpart)
    raise TypeError("unsupported type for timedelta %s component: %s" % (tag, _tn(num)))


def _td_args_us(days, seconds, microseconds, milliseconds, minutes, hours, weeks):
    left = [0.0]
    x = 0
    if microseconds is not _NA:
        x = _td_accum("microseconds", x, microseconds, 1, left)
    if milliseconds is not _NA:
        x = _td_accum("milliseconds", x, milliseconds, 1000, left)
    if seconds is not _NA:
        x = _td_accum("seconds", x, seconds, 1000000, left)
    if minutes is not _NA:
        x = _td_accum("minutes", x, minutes, 60000000, left)
    if hours is not _NA:
        x = _td_accum("hours", x, hours, 3600000000, left)
    if days is not _NA:
        x = _td_accum("days", x, days, 86400000000, left)
    if weeks is not _NA:
        x = _td_accum("weeks", x, weeks, 604800000000, left)
    leftover = left[0]
    if leftover:
        whole = _c_round(leftover)
        if abs(whole - leftover) == 0.5:
            odd = x & 1
            whole = 2.0 * _c_round((leftover + odd) * 0.5) - odd
        x += int(whole)
    return x


class timedelta:
    """A duration, stored as days, seconds and microseconds.

    The constructor also takes milliseconds, minutes, hours and weeks; every
    argument defaults to 0 and may be a negative or fractional number.
    """
    __slots__ = ("_days", "_seconds", "_microseconds")

    def __new__(cls, days=_NA, seconds=_NA, microseconds=_NA, milliseconds=_NA, minutes=_NA, hours=_NA,
                weeks=_NA):
        if (type(days) is int and seconds is _NA and microseconds is _NA and milliseconds is _NA
                and minutes is _NA and hours is _NA and weeks is _NA):
            d = days        # the common timedelta(n)
            s = us = 0
            if d < -999999999 or d > 999999999:
                return _td_from_us(d * 86400000000, cls)
        else:
            x = _td_args_us(days, seconds, microseconds, milliseconds, minutes, hours, weeks)
            return _td_from_us(x, cls)
        self = _new(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        return self

    days = _ro("_days", "days", None)
    seconds = _ro("_seconds", "seconds", None)
    microseconds = _ro("_microseconds", "microseconds", None)

    def total_seconds(self):
        """The whole duration as a float number of seconds."""
        return ((self._days * 86400 + self._seconds) * 1000000 + self._microseconds) / 1000000

    def __repr__(self):
        args = []
        if self._days:
            args.append(f"days={self._days}")
        if self._seconds:
            args.append(f"seconds={self._seconds}")
        if self._microseconds:
            args.append(f"microseconds={self._microseconds}")
        return "%s(%s)" % (_tn(self), ", ".join(args) if args else "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        d = self._days
        s = f"{hh}:{_2D[mm]}:{_2D[ss]}"
        if self._microseconds:
            s = f"{s}.{_pad6(self._microseconds)}"
        if d:
            return f"{d} day{'' if d == 1 or d == -1 else 's'}, {s}"
        return s

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(self._days + other._days, self._seconds + other._seconds,
                       self._microseconds + other._microseconds)
        if isinstance(other, date) or not _foreign(other):
            return NotImplemented
        _unsupported("+", self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _td(self._days + other._days, self._seconds + other._seconds,
                       self._microseconds + other._microseconds)
        if _foreign(other):
            _unsupported("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(self._days - other._days, self._seconds - other._seconds,
                       self._microseconds - other._microseconds)
        if _foreign(other):
            _unsupported("-", self, other)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td(other._days - self._days, other._seconds - self._seconds,
                       other._microseconds - self._microseconds)
        if _foreign(other):
            _unsupported("-", other, self)
        return NotImplemented

    def __neg__(self):
        return _td(-self._days, -self._seconds, -self._microseconds)

    def __pos__(self):
        return _td(self._days, self._seconds, self._microseconds)

    def __abs__(self):
        if self._days < 0:
            return _td(-self._days, -self._seconds, -self._microseconds)
        return _td(self._days, self._seconds, self._microseconds)

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_from_us(_round_half_even_div(self._to_us() * a, b))
        if _foreign(other):
            if isinstance(other, (str, list, tuple, bytes, bytearray)):
                raise TypeError("can't multiply sequence by non-int of type '%s'" % _tn(self))
            _unsupported("*", self, other)
        return NotImplemented

    def __rmul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_from_us(_round_half_even_div(self._to_us() * a, b))
        if _foreign(other):
            if isinstance(other, (str, list, tuple, bytes, bytearray)):
                raise TypeError("can't multiply sequence by non-int of type '%s'" % _tn(self))
            _unsupported("*", other, self)
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _td_from_us(self._to_us() // other)
        if _foreign(other):
            _unsupported("//", self, other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_from_us(_round_half_even_div(self._to_us() * b, a))
        if isinstance(other, int):
            return _td_from_us(_round_half_even_div(self._to_us(), other))
        if _foreign(other):
            _unsupported("/", self, other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() % other._to_us())
        if _foreign(other):
            _unsupported("%", self, other)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _td_from_us(r)
        if _foreign(other):
            _unsupported("divmod()", self, other)
        return NotImplemented

    def __rfloordiv__(self, other):
        if isinstance(other, timedelta):
            return other._to_us() // self._to_us()
        if _foreign(other):
            _unsupported("//", other, self)
        return NotImplemented

    def __rtruediv__(self, other):
        if isinstance(other, timedelta):
            return other._to_us() / self._to_us()
        if _foreign(other):
            _unsupported("/", other, self)
        return NotImplemented

    def __rmod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(other._to_us() % self._to_us())
        if _foreign(other):
            _unsupported("%", other, self)
        return NotImplemented

    def __rdivmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(other._to_us(), self._to_us())
            return q, _td_from_us(r)
        if _foreign(other):
            _unsupported("divmod()", other, self)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return (self._days == other._days and self._seconds == other._seconds
                    and self._microseconds == other._microseconds)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return (self._days != other._days or self._seconds != other._seconds
                    or self._microseconds != other._microseconds)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds) <
                    (other._days, other._seconds, other._microseconds))
        if _foreign(other):
            _cmp_error("<", self, other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds) <=
                    (other._days, other._seconds, other._microseconds))
        if _foreign(other):
            _cmp_error("<=", self, other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds) >
                    (other._days, other._seconds, other._microseconds))
        if _foreign(other):
            _cmp_error(">", self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds) >=
                    (other._days, other._seconds, other._microseconds))
        if _foreign(other):
            _cmp_error(">=", self, other)
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    __getattr__ = _no_attribute


timedelta.min = _td(-999999999, 0, 0)
timedelta.max = _td(999999999, 86399, 999999)
timedelta.resolution = _td(0, 0, 1)


# ==== date =====================================================================================================

def _date_args_slow(cls, year, month, day):
    if year is _NA:
        _missing("year", 1)
    if month is _NA:
        _missing("month", 2)
    if day is _NA:
        _missing("day", 3)
    year = _cint(year)
    month = _cint(month)
    day = _cint(day)
    _check_date_args(year, month, day)
    self = _new(cls)
    self._year = year
    self._month = month
    self._day = day
    return self


def _mkdate(y, m, d):
    self = _new(date)
    self._year = y
    self._month = m
    self._day = d
    return self


def _date_of(cls, y, m, d):
    # new_date_subclass_ex: the base types directly, a subclass through its constructor.
    if cls is date:
        _check_date_args(y, m, d)
        return _mkdate(y, m, d)
    if cls is datetime:
        _check_date_args(y, m, d)
        return _mkdt(datetime, y, m, d, 0, 0, 0, 0, None, 0)
    return cls(y, m, d)


def _date_from_isocalendar(cls, year, week, day):
    try:
        year = _cint(year)
        week = _cint(week)
        day = _cint(day)
    except OverflowError:
        raise ValueError("ISO calendar component out of range") from None
    if year < 1 or year > 9999:
        raise ValueError("Year is out of range: %d" % year)
    if week <= 0 or week >= 53:
        out_of_range = True
        if week == 53:
            first_weekday = _weekday(year, 1, 1)
            if first_weekday == 3 or (first_weekday == 2 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError("Invalid week: %d" % week)
    if day <= 0 or day >= 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    y, m, d = _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)
    return _date_of(cls, y, m, d)


class date:
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""
    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year=_NA, month=_NA, day=_NA):
        if (type(year) is int and type(month) is int and type(day) is int and 1 <= year <= 9999
                and 1 <= month <= 12 and 1 <= day and (day <= 28 or day <= _days_in_month(year, month))):
            self = _new(cls)
            self._year = year
            self._month = month
            self._day = day
            return self
        return _date_args_slow(cls, year, month, day)

    # -- class methods --

    @classmethod
    def fromtimestamp(cls, timestamp, /):
        """The local date at POSIX time *timestamp* (seconds since the epoch, as time.time() gives)."""
        tm = _local_tm(_timestamp_floor(timestamp))
        return _date_of(cls, tm[0], tm[1], tm[2])

    @classmethod
    def today(cls):
        """Today's local date (for datetime: the current local date and time)."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, *args):
        """Inverse of toordinal(): the date with the given day count (1 is 1 January of year 1)."""
        if len(args) != 1:
            raise TypeError("fromordinal() takes exactly 1 argument (%d given)" % len(args))
        n = _cint(args[0])
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return _date_of(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, date_string, /):
        """Parse *date_string* written in an ISO 8601 date format."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        if (len(s) == 10 and s[4] == "-" and s[7] == "-" and s.isascii() and s[0:4].isdigit()
                and s[5:7].isdigit() and s[8:10].isdigit()):
            return _date_of(cls, int(s[0:4]), int(s[5:7]), int(s[8:10]))
        b = _utf8(date_string)
        if b is not None and len(b) - 8 in (7, 8, 10):
            rv, y, m, d = _parse_isoformat_date(b, 0, len(b) - 8)
            if rv == 0:
                return _date_of(cls, y, m, d)
        raise ValueError("Invalid isoformat string: %r" % (date_string,))

    @classmethod
    def fromisocalendar(cls, year=_NA, week=_NA, day=_NA):
        """Date for the given ISO year, ISO week number and ISO weekday (undoes isocalendar())."""
        if year is _NA:
            _missing("year", 1, "fromisocalendar()")
        if week is _NA:
            _missing("week", 2, "fromisocalendar()")
        if day is _NA:
            _missing("day", 3, "fromisocalendar()")
        return _date_from_isocalendar(cls, year, week, day)

    # -- attributes --

    year = _ro("_year", "year", "datetime.date")
    month = _ro("_month", "month", "datetime.date")
    day = _ro("_day", "day", "datetime.date")

    # -- strings --

    def __repr__(self):
        return f"{_tn(self)}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        """The date as 'YYYY-MM-DD'."""
        y = self._year
        return f"{str(y) if y >= 1000 else _pad4(y)}-{_2D[self._month]}-{_2D[self._day]}"

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Text like time.ctime() gives, e.g. 'Sun Jan  2 00:00:00 2000'."""
        y, m, d = self._year, self._month, self._day
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[_weekday(y, m, d)], _MONTHNAMES[m], d, y)

    def strftime(self, format=_NA):
        """Format the value with a time.strftime()-style *format* string."""
        if format is _NA:
            _missing("format", 1, "strftime()")
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _argtn(format))
        if type(self) is date:
            y, m, d = self._year, self._month, self._day
            tt = (y, m, d, 0, 0, 0, _weekday(y, m, d), _DAYS_BEFORE_MONTH[m] + d + (m > 2 and _is_leap(y)), -1)
        else:
            tt = tuple(self.timetuple())
        return _wrap_strftime(self, format, tt, None, None, 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s" % _argtn(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # -- computations --

    def timetuple(self):
        """Same value as a time.struct_time, as time.localtime() would give."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Number of days since 31 December of year 0 (so 1 January of year 1 is 1)."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=_NA, month=_NA, day=_NA):
        """Copy of the date with the given fields changed."""
        year = self._year if year is _NA else _cint(year)
        month = self._month if month is _NA else _cint(month)
        day = self._day if day is _NA else _cint(day)
        return date.__new__(type(self), year, month, day)

    def weekday(self):
        """Weekday as an int, Monday 0 to Sunday 6."""
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        """ISO weekday as an int, Monday 1 to Sunday 7."""
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self):
        """IsoCalendarDate named tuple: (ISO year, ISO week, ISO weekday)."""
        return _IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    # -- comparisons (CPython 3.11: a date compares with any date, datetimes included) --

    def __eq__(self, other):
        if isinstance(other, date):
            return self._year == other._year and self._month == other._month and self._day == other._day
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date):
            return self._year != other._year or self._month != other._month or self._day != other._day
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return (self._year, self._month, self._day) < (other._year, other._month, other._day)
        if _foreign(other):
            _cmp_error("<", self, other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            return (self._year, self._month, self._day) <= (other._year, other._month, other._day)
        if _foreign(other):
            _cmp_error("<=", self, other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            return (self._year, self._month, self._day) > (other._year, other._month, other._day)
        if _foreign(other):
            _cmp_error(">", self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            return (self._year, self._month, self._day) >= (other._year, other._month, other._day)
        if _foreign(other):
            _cmp_error(">=", self, other)
        return NotImplemented

    def __hash__(self):
        return hash((self._year << 9) | (self._month << 5) | self._day)

    # -- arithmetic --

    def __add__(self, other):
        if isinstance(other, timedelta) and not isinstance(self, datetime):
            y, m, d = _add_days(self._year, self._month, self._day, other._days)
            if type(self) is date:
                return _mkdate(y, m, d)
            return _date_of(type(self), y, m, d)
        if _foreign(other):
            _unsupported("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta) and not isinstance(self, datetime):
            y, m, d = _add_days(self._year, self._month, self._day, other._days)
            if type(self) is date:
                return _mkdate(y, m, d)
            return _date_of(type(self), y, m, d)
        if _foreign(other):
            _unsupported("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if not isinstance(self, datetime):
            if isinstance(other, timedelta):
                y, m, d = _add_days(self._year, self._month, self._day, -other._days)
                if type(self) is date:
                    return _mkdate(y, m, d)
                return _date_of(type(self), y, m, d)
            if isinstance(other, date) and not isinstance(other, datetime):
                return _td(_ymd2ord(self._year, self._month, self._day) -
                           _ymd2ord(other._year, other._month, other._day), 0, 0)
        if _foreign(other):
            _unsupported("-", self, other)
        return NotImplemented

    def __rsub__(self, other):
        if _foreign(other):
            _unsupported("-", other, self)
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))

    __getattr__ = _no_attribute


date.min = _mkdate(1, 1, 1)
date.max = _mkdate(9999, 12, 31)
date.resolution = _td(1, 0, 0)


class IsoCalendarDate(tuple):
    """The result of date.isocalendar() or datetime.isocalendar()

This object may be accessed either as a tuple of
  ((year, week, weekday)
or via the object attributes as named in the above tuple."""
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (_cint(year), _cint(week), _cint(weekday)))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return f"{_tn(self)}(year={self[0]}, week={self[1]}, weekday={self[2]})"

    def __reduce__(self):
        return (tuple, ((self[0], self[1], self[2]),))


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


# ==== tzinfo ===================================================================================================

class tzinfo:
    """Base class for time zone implementations; subclasses override utcoffset, dst and tzname."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        return _new(cls)

    def tzname(self, dt, /):
        """Name of the zone at *dt*, such as 'UTC' (subclasses must override)."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt, /):
        """timedelta east of UTC in effect at *dt*; west is negative (subclasses must override)."""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt, /):
        """Daylight-saving part of the offset at *dt*, as a timedelta (subclasses must override)."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt, /):
        """Map *dt*, holding UTC time and carrying this tzinfo, to the zone's local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        result = dt._add(delta._days, delta._seconds, delta._microseconds)
        dst = _check_offset("dst", self.dst(result))
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        if dst:
            result = result._add(dst._days, dst._seconds, dst._microseconds)
        return result

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        return (type(self), args, getattr(self, "__dict__", None) or None)


# ==== time =====================================================================================================

def _time_args_slow(cls, hour, minute, second, microsecond, tzinfo, fold):
    hour = _cint(hour)
    minute = _cint(minute)
    second = _cint(second)
    microsecond = _cint(microsecond)
    fold = _cint(fold)
    _check_time_args(hour, minute, second, microsecond, fold)
    _check_tzinfo(tzinfo)
    return _mktime(cls, hour, minute, second, microsecond, tzinfo, fold)


def _mktime(cls, h, m, s, us, tz, fold):
    self = _new(cls)
    self._hour = h
    self._minute = m
    self._second = s
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    return self


_TIMESPECS = {"hours": 0, "minutes": 1, "seconds": 2, "milliseconds": 3, "microseconds": 4}


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        spec = 4 if us else 2
    else:
        spec = _TIMESPECS.get(timespec)
        if spec is None:
            raise ValueError("Unknown timespec value")
    if spec == 2:
        return f"{_2D[hh]}:{_2D[mm]}:{_2D[ss]}"
    if spec == 4:
        return f"{_2D[hh]}:{_2D[mm]}:{_2D[ss]}.{_pad6(us)}"
    if spec == 0:
        return _2D[hh]
    if spec == 1:
        return f"{_2D[hh]}:{_2D[mm]}"
    return f"{_2D[hh]}:{_2D[mm]}:{_2D[ss]}.{_pad6(us // 1000)[3:]}"


class time:
    """A time of day: hour, minute, second, microsecond, tzinfo, fold.

    Every argument is optional; tzinfo is None or a tzinfo instance and the
    other fields are ints.
    """
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if (type(hour) is int and type(minute) is int and type(second) is int and type(microsecond) is int
                and 0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59 and 0 <= microsecond <= 999999
                and (fold == 0 or fold == 1) and type(fold) is int and tzinfo is None):
            self = _new(cls)
            self._hour = hour
            self._minute = minute
            self._second = second
            self._microsecond = microsecond
            self._tzinfo = None
            self._fold = fold
            return self
        return _time_args_slow(cls, hour, minute, second, microsecond, tzinfo, fold)

    hour = _ro("_hour", "hour", "datetime.time")
    minute = _ro("_minute", "minute", "datetime.time")
    second = _ro("_second", "second", "datetime.time")
    microsecond = _ro("_microsecond", "microsecond", "datetime.time")
    tzinfo = _ro("_tzinfo", "tzinfo", "datetime.time")
    fold = _ro("_fold", "fold", "datetime.time")

    @classmethod
    def fromisoformat(cls, time_string, /):
        """Parse *time_string* written in an ISO 8601 time format."""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        b = _utf8(time_string)
        if b is not None:
            start = 1 if b[0] == 84 else 0          # an optional leading 'T'
            r = _parse_isoformat_time(b, start, len(b) - 8 - start)
            if r[0] >= 0:
                tz = _tz_from_iso(r)
                if cls is time:
                    _check_time_args(r[1], r[2], r[3], r[4], 0)
                    return _mktime(time, r[1], r[2], r[3], r[4], tz, 0)
                return cls(r[1], r[2], r[3], r[4], tz)
        raise ValueError("Invalid isoformat string: %r" % (time_string,))

    # -- the time zone --

    def utcoffset(self):
        """tzinfo.utcoffset(None) of the attached zone, or None without one."""
        tz = self._tzinfo
        if tz is None:
            return None
        if type(tz) is timezone:
            return tz._offset
        return _check_offset("utcoffset", tz.utcoffset(None))

    def tzname(self):
        """tzinfo.tzname(None) of the attached zone, or None without one."""
        return _call_tzname(self._tzinfo, None)

    def dst(self):
        """tzinfo.dst(None) of the attached zone, or None without one."""
        tz = self._tzinfo
        if tz is None:
            return None
        return _check_offset("dst", tz.dst(None))

    # -- strings --

    def __repr__(self):
        if self._microsecond:
            s = f"{_tn(self)}({self._hour}, {self._minute}, {self._second}, {self._microsecond})"
        elif self._second:
            s = f"{_tn(self)}({self._hour}, {self._minute}, {self._second})"
        else:
            s = f"{_tn(self)}({self._hour}, {self._minute})"
        if self._tzinfo is not None:
            s = "%s, tzinfo=%r)" % (s[:-1], self._tzinfo)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec="auto"):
        """The time as 'HH:MM:SS.ffffff' followed by the UTC offset when known.

        *timespec* picks the last component shown: 'auto', 'hours', 'minutes',
        'seconds', 'milliseconds' or 'microseconds'.
        """
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 1 must be str, not %s" % _argtn(timespec))
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        if self._tzinfo is None:
            return s
        return s + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def strftime(self, format=_NA):
        """Format the time with a time.strftime()-style *format* string."""
        if format is _NA:
            _missing("format", 1, "strftime()")
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _argtn(format))
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, format, tt, self._tzinfo, None, self._microsecond)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s" % _argtn(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=_NA, minute=_NA, second=_NA, microsecond=_NA, tzinfo=_NA, *, fold=_NA):
        """Copy of the time with the given fields changed."""
        hour = self._hour if hour is _NA else _cint(hour)
        minute = self._minute if minute is _NA else _cint(minute)
        second = self._second if second is _NA else _cint(second)
        microsecond = self._microsecond if microsecond is _NA else _cint(microsecond)
        fold = self._fold if fold is _NA else _cint(fold)
        if fold != 0 and fold != 1:
            raise ValueError("fold must be either 0 or 1")
        return time.__new__(type(self), hour, minute, second, microsecond,
                            self._tzinfo if tzinfo is _NA else tzinfo, fold=fold)

    # -- comparisons --

    def _cmp(self, other, op):
        # -1/0/1, or None when a naive time meets an aware one (CPython: time_richcompare)
        if self._tzinfo is other._tzinfo:
            off1 = off2 = None
        else:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
        if off1 is off2 or (off1 is not None and off2 is not None and off1 == off2):
            a = (self._hour, self._minute, self._second, self._microsecond)
            b = (other._hour, other._minute, other._second, other._microsecond)
        elif off1 is not None and off2 is not None:
            a = (self._hour * 3600 + self._minute * 60 + self._second - off1._days * 86400 - off1._seconds,
                 self._microsecond)
            b = (other._hour * 3600 + other._minute * 60 + other._second - off2._days * 86400 - off2._seconds,
                 other._microsecond)
        else:
            if op == 0:
                return None
            raise TypeError("can't compare offset-naive and offset-aware times")
        return 0 if a == b else (-1 if a < b else 1)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 0) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 0) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 1) < 0
        if _foreign(other):
            _cmp_error("<", self, other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 1) <= 0
        if _foreign(other):
            _cmp_error("<=", self, other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 1) > 0
        if _foreign(other):
            _cmp_error(">", self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 1) >= 0
        if _foreign(other):
            _cmp_error(">=", self, other)
        return NotImplemented

    def __hash__(self):
        if self._fold:
            off = _mktime(type(self), self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                          0).utcoffset()
        else:
            off = self.utcoffset()
        if off is None:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        return hash(((self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond)
                    - _offset_us(off))

    # time has no arithmetic; these only raise CPython's messages for the operands nobody else takes
    def __add__(self, other):
        if _foreign(other):
            _unsupported("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if _foreign(other):
            _unsupported("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if _foreign(other):
            _unsupported("-", self, other)
        return NotImplemented

    def __rsub__(self, other):
        if _foreign(other):
            _unsupported("-", other, self)
        return NotImplemented

    def __reduce__(self):
        return (_restore_time, (type(self), self._hour, self._minute, self._second, self._microsecond,
                                self._tzinfo, self._fold))

    __getattr__ = _no_attribute


def _restore_time(cls, h, m, s, us, tz, fold):
    return time.__new__(cls, h, m, s, us, tz, fold=fold)


time.min = _mktime(time, 0, 0, 0, 0, None, 0)
time.max = _mktime(time, 23, 59, 59, 999999, None, 0)
time.resolution = _td(0, 0, 1)


# ==== datetime =================================================================================================

def _mkdt(cls, y, m, d, hh, mm, ss, us, tz, fold):
    self = _new(cls)
    self._year = y
    self._month = m
    self._day = d
    self._hour = hh
    self._minute = mm
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    return self


def _dt_of(cls, y, m, d, hh, mm, ss, us, tz, fold):
    # new_datetime_subclass_fold_ex: datetime directly, a subclass through its constructor (3.11 passes no fold).
    if cls is datetime:
        _check_date_args(y, m, d)
        _check_time_args(hh, mm, ss, us, fold)
        _check_tzinfo(tz)
        return _mkdt(datetime, y, m, d, hh, mm, ss, us, tz, fold)
    return cls(y, m, d, hh, mm, ss, us, tz)


def _dt_args_slow(cls, year, month, day, hour, minute, second, microsecond, tzinfo, fold):
    if year is _NA:
        _missing("year", 1)
    if month is _NA:
        _missing("month", 2)
    if day is _NA:
        _missing("day", 3)
    year = _cint(year)
    month = _cint(month)
    day = _cint(day)
    hour = _cint(hour)
    minute = _cint(minute)
    second = _cint(second)
    microsecond = _cint(microsecond)
    fold = _cint(fold)
    _check_date_args(year, month, day)
    _check_time_args(hour, minute, second, microsecond, fold)
    _check_tzinfo(tzinfo)
    return _mkdt(cls, year, month, day, hour, minute, second, microsecond, tzinfo, fold)


def _dt_from_timet(cls, timet, us, tz, utc):
    # datetime_from_timet_and_us: gmtime or localtime of timet; a local time learns its fold by probing.
    if utc:
        y, m, d, hh, mm, ss = _gmtime(timet)
    else:
        y, m, d, hh, mm, ss = _local_tm(timet)[:6]
    if ss > 59:
        ss = 59     # a leap second
    fold = 0
    if tz is None and not utc:
        result_s = _utc_to_seconds(y, m, d, hh, mm, ss)
        probe = _local(_EPOCH_S + timet - _MAX_FOLD_S)
        transition = result_s - probe - _MAX_FOLD_S
        if transition < 0 and _local(_EPOCH_S + timet + transition) == result_s:
            fold = 1
    return _dt_of(cls, y, m, d, hh, mm, ss, us, tz, fold)


def _dt_sub(a, b):
    # datetime_subtract of two datetimes
    if a._tzinfo is b._tzinfo:
        off1 = off2 = None
    else:
        off1 = a.utcoffset()
        off2 = b.utcoffset()
        if (off1 is None) != (off2 is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
    d = _ymd2ord(a._year, a._month, a._day) - _ymd2ord(b._year, b._month, b._day)
    s = (a._hour - b._hour) * 3600 + (a._minute - b._minute) * 60 + (a._second - b._second)
    us = a._microsecond - b._microsecond
    if off1 is not off2 and off1 != off2:
        d -= off1._days - off2._days
        s -= off1._seconds - off2._seconds
        us -= off1._microseconds - off2._microseconds
    return _td(d, s, us)


def _flip_fold_offset(dt):
    return _mkdt(type(dt), dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second, dt._microsecond,
                 dt._tzinfo, 1 - dt._fold).utcoffset()


def _pep495_eq_exception(a, b, off_a, off_b):
    # An inter-zone equality is False when either side's utcoffset() depends on its fold (PEP 495).
    if type(a._tzinfo) is not timezone and a._tzinfo is not None:
        f = _flip_fold_offset(a)
        if f is not off_a and f != off_a:
            return True
    if type(b._tzinfo) is not timezone and b._tzinfo is not None:
        f = _flip_fold_offset(b)
        if f is not off_b and f != off_b:
            return True
    return False


class datetime(date):
    """A date combined with a time of day.

    year, month and day must be given; hour, minute, second, microsecond and
    fold are optional ints, and tzinfo is None or a tzinfo instance.
    """
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year=_NA, month=_NA, day=_NA, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
                fold=0):
        if (type(year) is int and type(month) is int and type(day) is int and type(hour) is int
                and type(minute) is int and type(second) is int and type(microsecond) is int
                and 1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day
                and (day <= 28 or day <= _days_in_month(year, month))
                and 0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59 and 0 <= microsecond <= 999999
                and type(fold) is int and (fold == 0 or fold == 1)
                and (tzinfo is None or isinstance(tzinfo, _tzinfo_class))):
            self = _new(cls)
            self._year = year
            self._month = month
            self._day = day
            self._hour = hour
            self._minute = minute
            self._second = second
            self._microsecond = microsecond
            self._tzinfo = tzinfo
            self._fold = fold
            return self
        return _dt_args_slow(cls, year, month, day, hour, minute, second, microsecond, tzinfo, fold)

    hour = _ro("_hour", "hour", "datetime.datetime")
    minute = _ro("_minute", "minute", "datetime.datetime")
    second = _ro("_second", "second", "datetime.datetime")
    microsecond = _ro("_microsecond", "microsecond", "datetime.datetime")
    tzinfo = _ro("_tzinfo", "tzinfo", "datetime.datetime")
    fold = _ro("_fold", "fold", "datetime.datetime")

    # -- class methods --

    @classmethod
    def fromtimestamp(cls, timestamp=_NA, tz=None):
        """Datetime for POSIX time *timestamp*: local time if *tz* is None, else converted to *tz*."""
        if timestamp is _NA:
            _missing("timestamp", 1, "fromtimestamp()")
        _check_tzinfo(tz)
        t, us = _timestamp_us(timestamp)
        result = _dt_from_timet(cls, t, us, tz, tz is not None)
        if tz is not None:
            return tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, *args):
        """Naive datetime holding the UTC time of the given POSIX timestamp."""
        if len(args) != 1:
            raise TypeError("utcfromtimestamp() takes exactly 1 argument (%d given)" % len(args))
        t, us = _timestamp_us(args[0])
        return _dt_from_timet(cls, t, us, None, True)

    @classmethod
    def now(cls, tz=None):
        """The current time: local and naive when *tz* is None, else converted to that zone."""
        _check_tzinfo(tz)
        t, us = divmod(_time.time_ns() // 1000, 1000000)
        result = _dt_from_timet(cls, t, us, tz, tz is not None)
        if tz is not None:
            return tz.fromutc(result)
        return result

    @classmethod
    def utcnow(cls):
        """The current UTC time as a naive datetime."""
        t, us = divmod(_time.time_ns() // 1000, 1000000)
        return _dt_from_timet(cls, t, us, None, True)

    @classmethod
    def combine(cls, date=_NA, time=_NA, tzinfo=_NA):
        """Datetime built from the fields of *date* and *time* (tzinfo from *time* unless given)."""
        if date is _NA:
            _missing("date", 1, "combine()")
        if time is _NA:
            _missing("time", 2, "combine()")
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % _argtn(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % _argtn(time))
        if tzinfo is _NA:
            tzinfo = time._tzinfo
        return _dt_of(cls, date._year, date._month, date._day, time._hour, time._minute, time._second,
                      time._microsecond, tzinfo, time._fold)

    @classmethod
    def fromisoformat(cls, date_string, /):
        """Parse *date_string* written in an ISO 8601 date-and-time format."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        n = len(s)
        r = _fast_isoformat(s, n)
        if r is not None:
            return _dt_of(cls, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], 0)
        if n >= 7:
            for pos in (7, 8, 10):          # a surrogate separator stands for 'T' (CPython: _sanitize_isoformat_str)
                if pos >= n:
                    break
                if "\ud800" <= s[pos] <= "\udfff":
                    s = s[:pos] + "T" + s[pos + 1:]
                    break
            b = _utf8(s)
            if b is not None:
                n = len(b) - 8
                sep = _find_isoformat_separator(b, n)
                rv, y, m, d = _parse_isoformat_date(b, 0, sep if sep >= 0 else 1 << 62)
                hh = mm = ss = us = 0
                tz = None
                if rv == 0 and n > sep:
                    p = sep
                    c = b[p]
                    if c < 0x80:
                        p += 1
                    elif c & 0xf0 == 0xe0:
                        p += 3
                    elif c & 0xf0 == 0xf0:
                        p += 4
                    else:
                        p += 2
                    r = _parse_isoformat_time(b, p, n - p)
                    rv = r[0]
                    if rv >= 0:
                        hh, mm, ss, us = r[1], r[2], r[3], r[4]
                        tz = _tz_from_iso(r)
                if rv >= 0:
                    return _dt_of(cls, y, m, d, hh, mm, ss, us, tz, 0)
        raise ValueError("Invalid isoformat string: %r" % (date_string,))

    @classmethod
    def strptime(cls, *args):
        """Parse *date_string* according to *format*, as time.strptime() does."""
        if len(args) != 2:
            raise TypeError("strptime() takes exactly 2 arguments (%d given)" % len(args))
        string, format = args
        if not isinstance(string, str):
            raise TypeError("strptime() argument 1 must be str, not %s" % _argtn(string))
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s" % _argtn(format))
        import _strptime
        return _strptime._strptime_datetime(cls, string, format)

    # -- parts --

    def date(self):
        """The date part, as a date."""
        return _mkdate(self._year, self._month, self._day)

    def time(self):
        """The time-of-day part, as a naive time."""
        return _mktime(_time_class, self._hour, self._minute, self._second, self._microsecond, None, self._fold)

    def timetz(self):
        """The time-of-day part, tzinfo included."""
        return _mktime(_time_class, self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                       self._fold)

    # -- the time zone --

    def utcoffset(self):
        """tzinfo.utcoffset(self) of the attached zone, or None without one."""
        tz = self._tzinfo
        if tz is None:
            return None
        if type(tz) is timezone:
            return tz._offset
        return _check_offset("utcoffset", tz.utcoffset(self))

    def tzname(self):
        """tzinfo.tzname(self) of the attached zone, or None without one."""
        return _call_tzname(self._tzinfo, self)

    def dst(self):
        """tzinfo.dst(self) of the attached zone, or None without one."""
        tz = self._tzinfo
        if tz is None or type(tz) is timezone:
            return None
        return _check_offset("dst", tz.dst(self))

    def replace(self, year=_NA, month=_NA, day=_NA, hour=_NA, minute=_NA, second=_NA, microsecond=_NA,
                tzinfo=_NA, *, fold=_NA):
        """Copy of the datetime with the given fields changed."""
        year = self._year if year is _NA else _cint(year)
        month = self._month if month is _NA else _cint(month)
        day = self._day if day is _NA else _cint(day)
        hour = self._hour if hour is _NA else _cint(hour)
        minute = self._minute if minute is _NA else _cint(minute)
        second = self._second if second is _NA else _cint(second)
        microsecond = self._microsecond if microsecond is _NA else _cint(microsecond)
        fold = self._fold if fold is _NA else _cint(fold)
        if fold != 0 and fold != 1:
            raise ValueError("fold must be either 0 or 1")
        return datetime.__new__(type(self), year, month, day, hour, minute, second, microsecond,
                                self._tzinfo if tzinfo is _NA else tzinfo, fold=fold)

    def astimezone(self, tz=None):
        """The same instant expressed in zone *tz* (the local zone when omitted)."""
        _check_tzinfo(tz)
        self_tz = self._tzinfo
        while True:
            if self_tz is None:
                self_tz = self._local_timezone_from_local()
            if self_tz is tz:
                return self     # conversion to self's own time zone is a no-op
            if type(self_tz) is timezone:
                off = self_tz._offset
            else:
                off = _check_offset("utcoffset", self_tz.utcoffset(self))
            if off is not None:
                break
            self_tz = None
        result = self._add(-off._days, -off._seconds, -off._microseconds)
        result._tzinfo = _UTC
        if tz is None:
            tz = _local_timezone_from_timestamp((_dt_sub(result, _EPOCH)) // _ONE_SECOND)
        result._tzinfo = tz
        return tz.fromutc(result)

    def _local_timezone_from_local(self):
        y, m, d, hh, mm, ss, fold = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                                     self._fold)
        return _local_timezone_from_timestamp(_local_to_seconds(y, m, d, hh, mm, ss, fold) - _EPOCH_S)

    # -- strings --

    def __repr__(self):
        s = f"{_tn(self)}({self._year}, {self._month}, {self._day}, {self._hour}, {self._minute}"
        if self._microsecond:
            s = f"{s}, {self._second}, {self._microsecond})"
        elif self._second:
            s = f"{s}, {self._second})"
        else:
            s += ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        if self._tzinfo is not None:
            s = "%s, tzinfo=%r)" % (s[:-1], self._tzinfo)
        return s

    def isoformat(self, sep="T", timespec="auto"):
        """The value as 'YYYY-MM-DD', *sep*, then the time as time.isoformat()
        writes it (with the same *timespec* choices).
        """
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % _argtn(sep))
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 2 must be str, not %s" % _argtn(timespec))
        y = self._year
        s = (f"{str(y) if y >= 1000 else _pad4(y)}-{_2D[self._month]}-{_2D[self._day]}{sep}"
             f"{_format_time(self._hour, self._minute, self._second, self._microsecond, timespec)}")
        if self._tzinfo is None:
            return s
        return s + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(" ")

    def ctime(self):
        """Text like time.ctime() gives, e.g. 'Sun Jan  2 03:04:05 2000'."""
        y, m, d = self._year, self._month, self._day
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[_weekday(y, m, d)], _MONTHNAMES[m], d, self._hour,
                                                   self._minute, self._second, y)

    def strftime(self, format=_NA):
        """Format the value with a time.strftime()-style *format* string."""
        if format is _NA:
            _missing("format", 1, "strftime()")
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _argtn(format))
        if type(self) is datetime:
            y, m, d = self._year, self._month, self._day
            dstflag = -1
            if self._tzinfo is not None and type(self._tzinfo) is not timezone:
                dst = self.dst()
                if dst is not None:
                    dstflag = 1 if dst else 0
            tt = (y, m, d, self._hour, self._minute, self._second, _weekday(y, m, d),
                  _DAYS_BEFORE_MONTH[m] + d + (m > 2 and _is_leap(y)), dstflag)
        else:
            tt = tuple(self.timetuple())
        return _wrap_strftime(self, format, tt, self._tzinfo, self, self._microsecond)

    # -- computations --

    def timetuple(self):
        """The local value as a time.struct_time (tm_isdst from dst())."""
        dstflag = -1
        if self._tzinfo is not None:
            dst = self.dst()
            if dst is not None:
                dstflag = 1 if dst else 0
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  dstflag)

    def utctimetuple(self):
        """The value converted to UTC, as a time.struct_time with tm_isdst 0."""
        u = self
        if self._tzinfo is not None:
            off = self.utcoffset()
            if off is not None:
                u = self._add(-off._days, -off._seconds, -off._microseconds)
        return _build_struct_time(u._year, u._month, u._day, u._hour, u._minute, u._second, 0)

    def timestamp(self):
        """Seconds since the epoch as a float (naive values are taken as local time)."""
        if self._tzinfo is not None:
            return _dt_sub(self, _EPOCH).total_seconds()
        s = _local_to_seconds(self._year, self._month, self._day, self._hour, self._minute, self._second,
                              self._fold)
        return (s - _EPOCH_S) + self._microsecond / 1e6

    # -- comparisons --

    def _cmp(self, other, eq):
        # -1/0/1 (CPython: datetime_richcompare); None for a naive and an aware datetime under == and !=
        if self._tzinfo is other._tzinfo:
            a = (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)
            b = (other._year, other._month, other._day, other._hour, other._minute, other._second,
                 other._microsecond)
            return 0 if a == b else (-1 if a < b else 1)
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if off1 is off2 or (off1 is not None and off2 is not None and off1 == off2):
            a = (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)
            b = (other._year, other._month, other._day, other._hour, other._minute, other._second,
                 other._microsecond)
            diff = 0 if a == b else (-1 if a < b else 1)
        elif off1 is not None and off2 is not None:
            delta = _dt_sub(self, other)
            diff = -1 if delta._days < 0 else (1 if delta._days or delta._seconds or delta._microseconds else 0)
        else:
            if eq:
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if eq and diff == 0 and _pep495_eq_exception(self, other, off1, off2):
            return 1
        return diff

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) == 0
        if isinstance(other, _date_class):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) != 0
        if isinstance(other, _date_class):
            return True
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) < 0
        return self._cmp_other("<", other)

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) <= 0
        return self._cmp_other("<=", other)

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) > 0
        return self._cmp_other(">", other)

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) >= 0
        return self._cmp_other(">=", other)

    def _cmp_other(self, op, other):
        if isinstance(other, _date_class):
            raise TypeError("can't compare %s to %s" % (_tn(self), _tn(other)))
        if _foreign(other):
            _cmp_error(op, self, other)
        return NotImplemented

    def __hash__(self):
        if self._fold:
            off = _mkdt(type(self), self._year, self._month, self._day, self._hour, self._minute, self._second,
                        self._microsecond, self._tzinfo, 0).utcoffset()
        else:
            off = self.utcoffset()
        t = ((_ymd2ord(self._year, self._month, self._day) * 86400 + self._hour * 3600 + self._minute * 60
              + self._second) * 1000000 + self._microsecond)
        if off is None:
            return hash(t)
        return hash(t - _offset_us(off))

    # -- arithmetic --

    def _add(self, dd, ds, dus):
        # add_datetime_timedelta for a delta already signed; type(self) keeps, fold resets, tzinfo stays
        us = self._microsecond + dus
        s = self._hour * 3600 + self._minute * 60 + self._second + ds
        if us < 0 or us >= 1000000:
            q, us = divmod(us, 1000000)
            s += q
        if s < 0 or s >= 86400:
            q, s = divmod(s, 86400)
            dd += q
        y, m, d = self._year, self._month, self._day
        if dd:
            y, m, d = _add_days(y, m, d, dd)
        hh, s = divmod(s, 3600)
        mm, ss = divmod(s, 60)
        cls = type(self)
        if cls is datetime:
            return _mkdt(datetime, y, m, d, hh, mm, ss, us, self._tzinfo, 0)
        return cls(y, m, d, hh, mm, ss, us, self._tzinfo)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._add(other._days, other._seconds, other._microseconds)
        if _foreign(other):
            _unsupported("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self._add(other._days, other._seconds, other._microseconds)
        if _foreign(other):
            _unsupported("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, datetime):
            return _dt_sub(self, other)
        if isinstance(other, timedelta):
            return self._add(-other._days, -other._seconds, -other._microseconds)
        if _foreign(other):
            _unsupported("-", self, other)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, datetime):
            return _dt_sub(other, self)
        if _foreign(other):
            _unsupported("-", other, self)
        return NotImplemented

    def __reduce__(self):
        return (_restore_datetime, (type(self), self._year, self._month, self._day, self._hour, self._minute,
                                    self._second, self._microsecond, self._tzinfo, self._fold))


def _restore_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold):
    return datetime.__new__(cls, y, m, d, hh, mm, ss, us, tz, fold=fold)


_date_class = date
_time_class = time
_tzinfo_class = tzinfo

datetime.min = _mkdt(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _mkdt(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = _td(0, 0, 1)


# ==== timezone =================================================================================================

def _new_timezone(offset, name):
    if name is None and not offset:
        return _UTC
    d = offset._days
    if d < -1 or d >= 1 or (d == -1 and offset._seconds == 0 and offset._microseconds < 1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not %r." % (offset,))
    self = _new(timezone)
    self._offset = offset
    self._name = name
    return self


def _check_tz_arg(dt, meth):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError("%s(dt) argument must be a datetime instance or None, not %s" % (meth, _tn(dt)))


class timezone(tzinfo):
    """A tzinfo with a constant offset from UTC and an optional name."""
    __slots__ = ("_offset", "_name")

    def __new__(cls, offset=_NA, name=_NA):
        if offset is _NA:
            _missing("offset", 1, "timezone()")
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % _argtn(offset))
        if name is _NA:
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _argtn(name))
        return _new_timezone(offset, name)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self):
        """Constructor arguments used when pickling."""
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (timezone, self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        if self._name is not None:
            return self._name
        off = self._offset
        if self is _UTC or not off:
            return "UTC"
        return "UTC" + _format_offset(off, ":")

    def tzname(self, dt, /):
        """The name given at construction, else the offset written as 'UTC+HH:MM' (or 'UTC')."""
        _check_tz_arg(dt, "tzname")
        return self.__str__()

    def utcoffset(self, dt, /):
        """The constant offset."""
        _check_tz_arg(dt, "utcoffset")
        return self._offset

    def dst(self, dt, /):
        """Always None: a fixed offset has no DST."""
        _check_tz_arg(dt, "dst")
        return None

    def fromutc(self, dt, /):
        """Add the constant offset to *dt* (which holds UTC time)."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = self._offset
        return dt._add(off._days, off._seconds, off._microseconds)

    __getattr__ = _no_attribute


_UTC = _new(timezone)
_UTC._offset = _td(0, 0, 0)
_UTC._name = None
timezone.utc = _UTC
timezone.min = _new_timezone(_td(-1, 60, 0), None)
timezone.max = _new_timezone(_td(0, 86340, 0), None)
UTC = _UTC

_EPOCH = _mkdt(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC, 0)
_ONE_SECOND = _td(0, 1, 0)

_CNAMES.update({timedelta: "datetime.timedelta", date: "datetime.date", datetime: "datetime.datetime",
                time: "datetime.time", tzinfo: "datetime.tzinfo", timezone: "datetime.timezone",
                _IsoCalendarDate: "datetime.IsoCalendarDate"})


# ==== ISO 8601 parsing (CPython: parse_isoformat_date, parse_hh_mm_ss_ff, parse_isoformat_time) =================
# These work on the string's UTF-8 bytes followed by NULs, reading where the C code reads.

def _utf8(s):
    # The UTF-8 bytes of s and eight NULs, or None when s holds a lone surrogate (CPython cannot encode it).
    try:
        b = s.encode("utf-8")
    except UnicodeEncodeError:
        return None
    i = b.find(b"\xed")
    while i >= 0:
        if b[i + 1] >= 0xa0:
            return None
        i = b.find(b"\xed", i + 1)
    return b + b"\0\0\0\0\0\0\0\0"


def _digits(b, p, n):
    v = 0
    for i in range(p, p + n):
        c = b[i] - 48
        if c < 0 or c > 9:
            return -1, p
        v = v * 10 + c
    return v, p + n


def _parse_isoformat_date(b, start, length):
    # (0, y, m, d) or (negative, ...) for YYYY-MM-DD, YYYYMMDD, YYYY-Www[-d], YYYYWww[d]
    year, p = _digits(b, start, 4)
    if year < 0:
        return -1, 0, 0, 0
    uses_sep = b[p] == 45
    if uses_sep:
        p += 1
    if b[p] == 87:                      # 'W': an ISO week date
        week, p = _digits(b, p + 1, 2)
        if week < 0:
            return -3, 0, 0, 0
        if p - start < length:
            if uses_sep:
                p += 1
                if b[p - 1] != 45:
                    return -2, 0, 0, 0
            day, p = _digits(b, p, 1)
            if day < 0:
                return -4, 0, 0, 0
        else:
            day = 1
        if week <= 0 or week >= 53:
            ok = False
            if week == 53:
                first_weekday = _weekday(year, 1, 1)
                ok = first_weekday == 3 or (first_weekday == 2 and _is_leap(year))
            if not ok:
                return -5, 0, 0, 0
        if day <= 0 or day >= 8:
            return -6, 0, 0, 0
        if year == 0:
            return 0, 1, 0, 1       # 3.11's C arithmetic lands on month 0 or below for year 0
        y, m, d = _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)
        return 0, y, m, d
    month, p = _digits(b, p, 2)
    if month < 0:
        return -1, 0, 0, 0
    if uses_sep:
        p += 1
        if b[p - 1] != 45:
            return -2, 0, 0, 0
    day, p = _digits(b, p, 2)
    if day < 0:
        return -1, 0, 0, 0
    return 0, year, month, day


_US_CORRECTION = (100000, 10000, 1000, 100, 10, 1)


def _parse_hh_mm_ss_ff(b, p, p_end):
    # (rc, h, m, s, us): rc 0 at the end of the string, 1 when more follows, negative on error
    vals = [0, 0, 0]
    has_sep = True
    i = 0
    while i < 3:
        v, p = _digits(b, p, 2)
        if v < 0:
            return -3, 0, 0, 0, 0
        vals[i] = v
        c = b[p]
        p += 1
        if i == 0:
            has_sep = c == 58                   # ':'
        if p >= p_end:
            return (1 if c else 0), vals[0], vals[1], vals[2], 0
        if has_sep and c == 58:
            i += 1
            continue
        if c == 46 or c == 44:                  # '.' or ','
            break
        if not has_sep:
            p -= 1
        else:
            return -4, 0, 0, 0, 0
        i += 1
    remains = p_end - p
    to_parse = 6 if remains >= 6 else remains
    us, p = _digits(b, p, to_parse)
    if us < 0:
        return -3, 0, 0, 0, 0
    if to_parse < 6:
        us *= _US_CORRECTION[to_parse - 1]
    while 48 <= b[p] <= 57:
        p += 1
    return (1 if b[p] else 0), vals[0], vals[1], vals[2], us


def _parse_isoformat_time(b, start, length):
    # (rc, h, m, s, us, tz seconds, tz microseconds): rc 0 naive, 1 with an offset, negative on error
    p_end = start + length
    tzpos = start
    while True:
        c = b[tzpos]
        if c == 90 or c == 43 or c == 45:       # 'Z' '+' '-'
            break
        tzpos += 1
        if tzpos >= p_end:
            break
    rv, hh, mm, ss, us = _parse_hh_mm_ss_ff(b, start, tzpos)
    if rv < 0:
        return (rv,)
    if tzpos == p_end:
        if rv == 1:
            return (-5,)
        return 0, hh, mm, ss, us, 0, 0
    if b[tzpos] == 90:
        if b[tzpos + 1]:
            return (-5,)
        return 1, hh, mm, ss, us, 0, 0
    sign = -1 if b[tzpos] == 45 else 1
    rv, th, tm, ts, tus = _parse_hh_mm_ss_ff(b, tzpos + 1, p_end)
    if rv:
        return (-5,)
    return 1, hh, mm, ss, us, sign * (th * 3600 + tm * 60 + ts), sign * tus


def _tz_from_iso(r):
    if r[0] != 1:
        return None
    if r[5] == 0:
        return _UTC
    return _new_timezone(_td(0, r[5], r[6]), None)


def _fast_isoformat(s, n):
    # The common shapes, YYYY-MM-DD[?HH:MM[:SS[.fff|.ffffff]]][Z|+HH:MM|-HH:MM], as the general parser reads
    # them: (y, m, d, hh, mm, ss, us, tz), or None for the general parser to decide.
    if n < 10 or s[4] != "-" or s[7] != "-" or not s.isascii():
        return None
    if not (s[0:4].isdigit() and s[5:7].isdigit() and s[8:10].isdigit()):
        return None
    y, m, d = int(s[0:4]), int(s[5:7]), int(s[8:10])
    if n == 10:
        return y, m, d, 0, 0, 0, 0, None
    off = None
    c = s[n - 1]
    if c == "Z":
        off = 0
        n -= 1
    elif n >= 22 and s[n - 3] == ":" and (s[n - 6] == "+" or s[n - 6] == "-"):
        th = s[n - 5:n - 3]
        tm = s[n - 2:n]
        if not (th.isdigit() and tm.isdigit()):
            return None
        off = int(th) * 3600 + int(tm) * 60
        if s[n - 6] == "-":
            off = -off
        n -= 6
    tlen = n - 11
    if tlen < 5 or s[13] != ":" or not (s[11:13].isdigit() and s[14:16].isdigit()):
        return None
    hh, mm = int(s[11:13]), int(s[14:16])
    ss = us = 0
    if tlen > 5:
        if s[16] != ":" or not s[17:19].isdigit():
            return None
        ss = int(s[17:19])
        if tlen > 8:
            if (tlen != 12 and tlen != 15) or (s[19] != "." and s[19] != ",") or not s[20:n].isdigit():
                return None
            us = int(s[20:n]) * (1000 if tlen == 12 else 1)
        elif tlen != 8:
            return None
    tz = None
    if off is not None:
        tz = _UTC if off == 0 else _new_timezone(_td(0, off, 0), None)
    return y, m, d, hh, mm, ss, us, tz


def _find_isoformat_separator(b, n):
    # Where the date part ends (CPython: _find_isoformat_datetime_separator)
    if n == 7:
        return 7
    if b[4] == 45:                              # YYYY-
        if b[5] == 87:                          # YYYY-W
            if n < 8:
                return -1
            if n > 8 and b[8] == 45:
                if n == 9:
                    return -1
                if n > 10 and 48 <= b[10] <= 57:
                    return 8
                return 10
            return 8
        return 10
    if b[4] == 87:                              # YYYYWww or YYYYWwwd
        idx = 7
        while idx < n and 48 <= b[idx] <= 57:
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


# ==== strftime: datetime's %z, %Z and %f, then glibc's strftime in the C locale ================================
# CPython's wrap_strftime replaces %z, %Z and %f and hands the rest to time.strftime, i.e. to glibc. Here the first
# step marks where those replacements go; the second compiles glibc's directives (flags _ - 0 ^ #, a width, the E
# and O modifiers, unknown directives copied as they stand). A replacement in glibc's literal text is pasted in at
# render time; one that lands inside a directive (as in '%1%f', where the microseconds become a width) makes the
# format "dynamic": it is then compiled again with the replacements in place.

_STRFTIME_CACHE = {}
_MARKS = "\ue000\ue001\ue002"       # where %z, %Z and %f's replacements go
_VALID_PLAIN = frozenset("aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%")
_VALID_E = frozenset("cnprstuxyzCPRTXYZ%")
_VALID_O = frozenset("bdeghjklmnprstuwyzBCGHIMPRSTUVWZ%")
_SUBFORMATS = {"c": "%a %b %e %H:%M:%S %Y", "D": "%m/%d/%y", "F": "%Y-%m-%d", "r": "%I:%M:%S %p",
               "R": "%H:%M", "T": "%H:%M:%S", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_INT_MAX = 2147483647
_FAST_CONVS = {"Y": 0, "m": 1, "d": 2, "H": 3, "M": 4, "S": 5}


def _wrapper_pass(fmt):
    # CPython's wrap_strftime scan: '%z', '%Z' and '%f' become marks, every other '%' pair is copied as it is.
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        j = fmt.find("%", i)
        if j < 0:
            out.append(fmt[i:])
            break
        out.append(fmt[i:j])
        if j + 1 >= n:
            out.append("%")
            break
        c = fmt[j + 1]
        if c == "z":
            out.append("\ue000")
        elif c == "Z":
            out.append("\ue001")
        elif c == "f":
            out.append("\ue002")
        else:
            out.append(fmt[j:j + 2])
        i = j + 2
    return "".join(out)


def _glibc_compile(fmt):
    # (ops, dynamic, widest): ops are literal strs, marks (1-char strs from _MARKS, in a tuple of their own) and
    # directives (conv, pad, width, upper, swapcase, raw), conv None for an unknown one whose raw text is copied.
    ops = []
    lit = []
    dynamic = False
    widest = -1
    i = 0
    n = len(fmt)
    while i < n:
        j = fmt.find("%", i)
        if j < 0:
            lit.append(fmt[i:])
            break
        if j > i:
            lit.append(fmt[i:j])
        if j + 1 >= n:
            lit.append("%")
            break
        k = j + 1
        pad = None
        up = swap = False
        while k < n:
            c = fmt[k]
            if c == "_" or c == "-" or c == "0":
                pad = c
            elif c == "^":
                up = True
            elif c == "#":
                swap = True
            else:
                break
            k += 1
        width = -1
        if k < n and "0" <= fmt[k] <= "9":
            width = 0
            while k < n and "0" <= fmt[k] <= "9":
                width = min(width * 10 + ord(fmt[k]) - 48, _INT_MAX)
                k += 1
        mod = None
        if k < n and (fmt[k] == "E" or fmt[k] == "O"):
            mod = fmt[k]
            k += 1
        if k >= n:
            conv = None
            raw = fmt[j:]
            i = n
        else:
            conv = fmt[k]
            raw = fmt[j:k + 1]
            i = k + 1
            if conv in _MARKS:
                dynamic = True
            if conv not in (_VALID_PLAIN if mod is None else _VALID_E if mod == "E" else _VALID_O):
                if swap and (conv == "b" or conv == "B" or conv == "h"):
                    up = True       # glibc applies '#' to these before it looks at the modifier
                conv = None
        if width > widest:
            widest = width
        if lit:
            ops.append("".join(lit))
            lit = []
        if pad is None and width < 0 and conv is not None and conv in _FAST_CONVS:
            ops.append(_FAST_CONVS[conv])       # an int: the time tuple's field, two digits (0: the year)
        else:
            ops.append((conv, pad, width, up, swap, raw))
    if lit:
        ops.append("".join(lit))
    if not dynamic:
        # marks in the literal text become ops of their own
        split = []
        for op in ops:
            if op.__class__ is str and ("\ue000" in op or "\ue001" in op or "\ue002" in op):
                start = 0
                for x in range(len(op)):
                    if op[x] in _MARKS:
                        if x > start:
                            split.append(op[start:x])
                        split.append((op[x],))
                        start = x + 1
                if start < len(op):
                    split.append(op[start:])
            else:
                split.append(op)
        ops = split
    return ops, dynamic, widest


def _num(v, digits, pad, width):
    # glibc's DO_NUMBER: zero- (with '_', space-) padded to the larger of digits and width; with '-' not padded,
    # then brought to width with spaces.
    if width > digits:
        digits = width
    s = str(v)
    if len(s) < digits:
        if pad == "-":
            if width > len(s):
                s = " " * (width - len(s)) + s
        elif pad == "_":
            s = " " * (digits - len(s)) + s
        else:
            s = "0" * (digits - len(s)) + s
    return s


def _text(s, pad, width, upper, lower):
    if lower:
        s = s.lower()
    elif upper:
        s = s.upper()
    if width > len(s):
        s = ("0" if pad == "0" else " ") * (width - len(s)) + s
    return s


def _iso_week_days(yday, wday):
    # glibc: days since the Monday starting the ISO year's first week (yday 0-based, wday Sunday = 0)
    return yday - (yday - wday + 4 + 378) % 7 + 3


def _render(op, tt):
    conv, pad, width, up, swap, raw = op
    if conv == "Y":
        return _num(tt[0], 1, pad, width)
    if conv == "m":
        return _num(tt[1], 2, pad, width)
    if conv == "d":
        return _num(tt[2], 2, pad, width)
    if conv == "H":
        return _num(tt[3], 2, pad, width)
    if conv == "M":
        return _num(tt[4], 2, pad, width)
    if conv == "S":
        return _num(tt[5], 2, pad, width)
    if conv is None:
        return _text(raw, pad, width, up, False)
    if conv == "a":
        return _text(_DAYNAMES[tt[6]], pad, width, up or swap, False)
    if conv == "A":
        return _text(_DAYNAMES_FULL[tt[6]], pad, width, up or swap, False)
    if conv == "b" or conv == "h":
        return _text(_MONTHNAMES[tt[1]], pad, width, up or swap, False)
    if conv == "B":
        return _text(_MONTHNAMES_FULL[tt[1]], pad, width, up or swap, False)
    if conv == "y":
        return _num(tt[0] % 100, 2, pad, width)
    if conv == "e":
        return _num(tt[2], 2, pad if pad == "0" or pad == "-" else "_", width)
    if conv == "j":
        return _num(tt[7], 3, pad, width)
    if conv == "I" or conv == "l":
        h = tt[3] % 12 or 12
        if conv == "I":
            return _num(h, 2, pad, width)
        return _num(h, 2, pad if pad == "0" or pad == "-" else "_", width)
    if conv == "k":
        return _num(tt[3], 2, pad if pad == "0" or pad == "-" else "_", width)
    if conv == "p" or conv == "P":
        return _text("AM" if tt[3] < 12 else "PM", pad, width, up and not swap, swap or conv == "P")
    if conv == "C":
        return _num(tt[0] // 100, 1, pad, width)
    if conv in _SUBFORMATS:
        return _text(_render_ops(_compiled_glibc(_SUBFORMATS[conv]), tt), pad, width, up, False)
    wday = (tt[6] + 1) % 7          # Sunday = 0
    yday = tt[7] - 1
    if conv == "w":
        return _num(wday, 1, pad, width)
    if conv == "u":
        return _num(tt[6] + 1, 1, pad, width)
    if conv == "U":
        return _num((yday - wday + 7) // 7, 2, pad, width)
    if conv == "W":
        return _num((yday - (wday - 1 + 7) % 7 + 7) // 7, 2, pad, width)
    if conv == "G" or conv == "g" or conv == "V":
        year = tt[0]
        days = _iso_week_days(yday, wday)
        if days < 0:
            year -= 1
            days = _iso_week_days(yday + 365 + _is_leap(year), wday)
        else:
            d = _iso_week_days(yday - (365 + _is_leap(year)), wday)
            if d >= 0:
                year += 1
                days = d
        if conv == "G":
            return _num(year, 1, pad, width)
        if conv == "g":
            return _num(year % 100, 2, pad, width)
        return _num(days // 7 + 1, 2, pad, width)
    if conv == "n":
        return _text("\n", pad, width, False, False)
    if conv == "t":
        return _text("\t", pad, width, False, False)
    if conv == "%":
        return _text("%", pad, width, False, False)
    if conv == "s":
        return _text(str(_mktime_tt(tt)), pad, width, False, False)
    if conv == "z":                 # glibc's own %z (a flagged %z): tm_gmtoff is 0 in a datetime's time tuple
        if tt[8] < 0:
            return ""
        return _text("+", pad, width, False, False) + _num(0, 4, pad, width)
    if conv == "Z":                 # glibc's own %Z: no tm_zone, so the system's name once DST is known
        if tt[8] < 0:
            return _text("", pad, width, False, False)
        names = getattr(_time, "tzname", ("UTC", "UTC"))
        return _text(names[tt[8] != 0], pad, width, up and not swap, swap)
    return _text(raw, pad, width, up, False)


def _render_ops(ops, tt):
    out = []
    for op in ops:
        if op.__class__ is str:
            out.append(op)
        elif op.__class__ is int:
            out.append(_2D[tt[op]] if op else str(tt[0]))
        else:
            out.append(_render(op, tt))
    return "".join(out)


def _compiled_glibc(fmt):
    c = _STRFTIME_CACHE.get(fmt)
    if c is None:
        c = _glibc_compile(fmt)[0]
        _STRFTIME_CACHE[fmt] = c
    return c


def _limit(fmt):
    # The largest buffer time.strftime tries for this final format (wcsftime: counted in characters); the
    # output must be shorter, else it is ''.
    n = 256 * len(fmt)
    i = 1024
    while i < n:
        i += i
    return i


def _wrap_strftime(obj, fmt, tt, tz, tzarg, us):
    # obj.strftime(fmt): tt the 9-field time tuple, tz obj's tzinfo (None for a date), tzarg what its methods get.
    entry = _STRFTIME_CACHE.get((fmt,))
    if entry is None:
        wrapped = _wrapper_pass(fmt)
        if "\ue000" in fmt or "\ue001" in fmt or "\ue002" in fmt:
            entry = (wrapped, None, True, 0)
        else:
            ops, dynamic, widest = _glibc_compile(wrapped)
            entry = (wrapped, ops, dynamic, widest)
        if len(_STRFTIME_CACHE) >= 512:
            _STRFTIME_CACHE.clear()
        _STRFTIME_CACHE[(fmt,)] = entry
    wrapped, ops, dynamic, widest = entry
    reps = {}
    limit = None
    if dynamic or widest >= 1024:
        # every replacement, in order, and glibc's format as time.strftime would get it
        final = _final_format(wrapped, reps, tz, tzarg, us)
        limit = _limit(final)
        if dynamic:
            ops, dyn, widest = _glibc_compile(final)
    out = []
    for op in ops:
        if op.__class__ is str:
            out.append(op)
        elif op.__class__ is int:
            out.append(_2D[tt[op]] if op else str(tt[0]))
        elif len(op) == 1:
            r = reps.get(op[0])
            if r is None:
                r = reps[op[0]] = _replacement(op[0], tz, tzarg, us)
            out.append(r)
        else:
            if limit is not None and op[2] >= limit:
                if op[0] != "z" or tt[8] >= 0:
                    return ""       # this directive alone overflows time.strftime's buffer
            out.append(_render(op, tt))
    s = "".join(out)
    if len(s) >= 1024 and len(s) >= _limit(_final_format(wrapped, reps, tz, tzarg, us)):
        return ""
    return s


def _final_format(wrapped, reps, tz, tzarg, us):
    parts = []
    for c in wrapped:
        if c in _MARKS:
            r = reps.get(c)
            if r is None:
                r = reps[c] = _replacement(c, tz, tzarg, us)
            parts.append(r.replace("%", "%%") if c == "\ue001" else r)
        else:
            parts.append(c)
    return "".join(parts)


def _replacement(mark, tz, tzarg, us):
    if mark == "\ue002":
        return _pad6(us)
    if tz is None:
        return ""
    if mark == "\ue000":
        if type(tz) is timezone:
            return _format_offset(tz._offset, "")
        return _format_offset(_check_offset("utcoffset", tz.utcoffset(tzarg)), "")
    name = _call_tzname(tz, tzarg)
    return "" if name is None else name

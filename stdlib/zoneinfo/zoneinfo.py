"""IANA time zones as datetime.tzinfo objects (PEP 615), read from the TZif files of the system's database.

Our own implementation, following CPython 3.11's zoneinfo (its C accelerator) for behaviour and messages: one
module standing for the zoneinfo package, pickling limited to the cache-aware __reduce__.
"""
import posix as _posix
import sys as _sys
from bisect import bisect_right as _bisect
from datetime import datetime as _datetime, timedelta as _timedelta, tzinfo as _tzinfo
from struct import unpack as _unpack
from _weakref import ref as _ref

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH", "ZoneInfoNotFoundError",
           "InvalidTZPathWarning"]


class ZoneInfoNotFoundError(KeyError):
    """No time zone data could be found for the requested key."""
    __module__ = "zoneinfo._common"


class InvalidTZPathWarning(RuntimeWarning):
    """An entry of PYTHONTZPATH was not an absolute path and was ignored."""
    __module__ = "zoneinfo._tzpath"


# ==== the search path ==========================================================================================

_DEFAULT_TZPATH = "/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo"  # sysconfig TZPATH


def _isabs(p):
    p = _posix.fspath(p)
    return p.startswith(b"/" if isinstance(p, bytes) else "/")


def _relative_paths_message(paths):
    return ("Paths should be absolute but found the following relative paths:"
            + "\n    " + "\n    ".join(p for p in paths if not _isabs(p)))


def reset_tzpath(to=None):
    """Reset TZPATH to `to` (a sequence of absolute paths), or else to PYTHONTZPATH or the compiled-in default."""
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        if not all(map(_isabs, to)):
            raise ValueError(_relative_paths_message(to))
        TZPATH = tuple(to)
        return
    os = _sys.modules.get("os")  # os.environ when the program has it (and may have changed it), else posix's
    if os is not None:
        env = os.environ.get("PYTHONTZPATH")
    else:
        env = _posix.environ.get(b"PYTHONTZPATH")
        if env is not None:
            env = env.decode("utf-8", "surrogateescape")
    if env is None:
        env = _DEFAULT_TZPATH
    if not env:
        TZPATH = ()
        return
    raw = env.split(":")
    paths = tuple(p for p in raw if _isabs(p))
    if len(paths) != len(raw):
        import warnings
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                      + _relative_paths_message(raw), InvalidTZPathWarning)
    TZPATH = paths


def _normpath(p):
    # posixpath.normpath for a relative str path
    out = []
    for c in p.split("/"):
        if c == "" or c == ".":
            continue
        if c != ".." or not out or out[-1] == "..":
            out.append(c)
        else:
            out.pop()
    return "/".join(out) or "."


def _join(a, b):
    return a + b if a.endswith("/") else a + "/" + b


def _validate_key(key):
    if isinstance(key, str):
        isabs, norm, join = _isabs, _normpath, _join
    else:  # anything else fails somewhere in os.path, as in CPython
        import os
        isabs, norm, join = os.path.isabs, os.path.normpath, os.path.join
    if isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    new = norm(key)
    if len(new) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    if not norm(join("_/", new)).startswith("_/"):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def _find_tzfile(key):
    _validate_key(key)
    for root in TZPATH:
        path = _join(_posix.fspath(root), key)
        try:
            if _posix.stat(path).st_mode & 0o170000 == 0o100000:  # a regular file
                return path
        except (OSError, ValueError):
            pass
    return None


def available_timezones():
    """The set of every key with a TZif file under the directories of TZPATH."""
    import os
    zones = set()
    for root in TZPATH:
        if not os.path.exists(root):
            continue
        for top, dirs, files in os.walk(root):
            if top == root:  # right/ and posix/ repeat the database
                for d in ("right", "posix"):
                    if d in dirs:
                        dirs.remove(d)
            for name in files:
                path = os.path.join(top, name)
                key = os.path.relpath(path, start=root)
                if not key or key in zones:
                    continue
                try:
                    with open(path, "rb") as f:
                        if f.read(4) == b"TZif":
                            zones.add(key)
                except Exception:
                    pass
    zones.discard("posixrules")
    return zones


# ==== TZif data ================================================================================================

_TD = {}


def _td(seconds):
    td = _TD.get(seconds)
    if td is None:
        td = _TD[seconds] = _timedelta(seconds=seconds)
    return td


def _tti(off, dst, name):
    # a local time type: (utcoffset, dst, tzname, utcoffset in seconds)
    return (_td(off), _td(dst), name, off)


_NO_TTI = (None, None, None, 0)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_EPOCH_ORD = 719163  # date(1970, 1, 1).toordinal()


def _isleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _ord(y, m, d):
    y1 = y - 1
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + _DAYS_BEFORE_MONTH[m] + (m > 2 and _isleap(y)) + d


def _local_ts(dt):
    # seconds from 1970-01-01T00:00 to dt's wall time, both naive
    return (dt.toordinal() - _EPOCH_ORD) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second


def _rule_day_ts(rule, year):
    # local timestamp of a POSIX transition date in `year`; rule is (is_M, a, b, c, seconds after midnight)
    is_m, a, b, c, secs = rule
    if is_m:  # Mm.w.d: day c (0 = Sunday) of week b (5 = the last) of month a
        first = _ord(year, a, 1)
        day = (c - (first + 6) % 7 - 1) % 7 + 1 + (b - 1) * 7
        if day > _DAYS_IN_MONTH[a] + (a == 2 and _isleap(year)):
            day -= 7
        days = first + day - 1
    else:  # Jn (a true: no leap day) or n; like CPython, n counts from 1 as Jn does
        days = _ord(year, 1, 1) - 1 + b + (a and b >= 59 and _isleap(year))
    return (days - _EPOCH_ORD) * 86400 + secs


class _Rule:
    """The std/dst alternation of a POSIX TZ string with DST, for times after the last transition."""
    __slots__ = ("std", "dst", "diff", "start", "end", "years")

    def __init__(self, std, dst, start, end):
        self.std, self.dst, self.start, self.end = std, dst, start, end
        self.diff = dst[3] - std[3]
        self.years = {}

    def bounds(self, year):
        b = self.years.get(year)
        if b is None:
            if len(self.years) > 64:
                self.years.clear()
            b = self.years[year] = (_rule_day_ts(self.start, year), _rule_day_ts(self.end, year))
        return b

    def local(self, ts, fold, year):
        start, end = self.bounds(year)
        diff = self.diff
        # fold=0 puts a wall time of a gap or fold in the earlier offset's period, fold=1 in the later one's
        if fold == (diff >= 0):
            end -= diff
        else:
            start += diff
        isdst = start <= ts < end if start < end else not end <= ts < start
        return self.dst if isdst else self.std

    def fromutc(self, ts, year):
        start, end = self.bounds(year)
        start -= self.std[3]
        end -= self.dst[3]
        isdst = start <= ts < end if start < end else not end <= ts < start
        diff = self.diff
        if diff > 0:
            fold = end <= ts < end + diff
        else:
            fold = start <= ts < start - diff
        return (self.dst if isdst else self.std), fold


def _digits(s, p, most):
    # up to `most` decimal digits at s[p]: (value or None if there is none, position after them)
    v = None
    for q in range(p, p + most):
        if not "0" <= s[q] <= "9":
            return v, q
        v = (v or 0) * 10 + ord(s[q]) - 48
    return v, p + most


def _parse_abbr(s, p):
    # a time zone abbreviation, unquoted (letters) or <quoted> (letters, digits, + and -): (text, end) or None
    if s[p] == "<":
        q = p + 1
        while s[q] != ">":
            c = s[q]
            if not (c.isascii() and c.isalnum() or c == "+" or c == "-"):
                return None
            q += 1
        return s[p + 1:q], q + 1
    q = p
    while s[q].isascii() and s[q].isalpha():
        q += 1
    return (s[p:q], q) if q > p else None


def _parse_offset(s, p):
    # [+|-]hh[:mm[:ss]], hours at most 24, "+" (or no sign) meaning west of UTC: (seconds east, end) or None
    sign = -1
    if s[p] in "+-":
        sign = 1 if s[p] == "-" else -1
        p += 1
    h, p = _digits(s, p, 2)
    if h is None or h > 24:
        return None
    total = h * 3600
    for unit in (60, 1):
        if s[p] != ":":
            break
        v, q = _digits(s, p + 1, 2)
        if q != p + 3:
            return None
        total += v * unit
        p = q
    return sign * total, p


def _parse_rule(s, p):
    # Mm.w.d, Jn or n, then an optional /[+|-]h[h][:mm[:ss]] (default 02:00): (rule, end) or None
    if s[p] == "M":
        m, q = _digits(s, p + 1, 2)
        if m is None or s[q] != ".":
            return None
        w, q = _digits(s, q + 1, 1)
        if w is None or s[q] != ".":
            return None
        d, q = _digits(s, q + 1, 1)
        if d is None:
            return None
        rule = [True, m, w, d]
        ok = 0 < m <= 12 and 0 < w <= 5 and d <= 6
    else:
        julian = s[p] == "J"
        n, q = _digits(s, p + julian, 3)
        if n is None:
            return None
        rule = [False, julian, n, 0]
        ok = julian <= n <= 365
    secs = 7200
    if s[q] == "/":
        q += 1
        sign = 1
        if s[q] in "+-":
            sign = -1 if s[q] == "-" else 1
            q += 1
        h, q = _digits(s, q, 2)
        if h is None:
            return None
        secs = h * 3600
        for unit in (60, 1):
            if s[q] != ":":
                break
            v, r = _digits(s, q + 1, 2)
            if r != q + 3:
                return None
            secs += v * unit
            q = r
        secs *= sign
    if not ok:
        return None
    rule.append(secs)
    return tuple(rule), q


def _parse_tz_string(tz):
    # the POSIX TZ string of a TZif footer: a local time type (std only) or a _Rule
    s = tz.decode("latin-1") + "\0"
    r = _parse_abbr(s, 0)
    if r is None:
        raise ValueError(f"Invalid STD format in {tz!r}")
    std_abbr, p = r
    r = _parse_offset(s, p)
    if r is None:
        raise ValueError(f"Invalid STD offset in {tz!r}")
    std_off, p = r
    if s[p] == "\0":
        return _tti(std_off, 0, std_abbr)
    r = _parse_abbr(s, p)
    if r is None:
        raise ValueError(f"Invalid DST format in {tz!r}")
    dst_abbr, p = r
    if s[p] == ",":
        dst_off = std_off + 3600
    else:
        r = _parse_offset(s, p)
        if r is None:
            raise ValueError(f"Invalid DST offset in {tz!r}")
        dst_off, p = r
    rules = []
    for _ in (0, 1):
        if s[p] != ",":
            raise ValueError(f"Missing transition rules in TZ string: {tz!r}")
        r = _parse_rule(s, p + 1)
        if r is None:
            raise ValueError(f"Malformed transition rule in TZ string: {tz!r}")
        rules.append(r[0])
        p = r[1]
    if s[p] != "\0":
        raise ValueError(f"Extraneous characters at end of TZ string: {tz!r}")
    return _Rule(_tti(std_off, 0, std_abbr), _tti(dst_off, dst_off - std_off, dst_abbr), rules[0], rules[1])


def _read_header(f):
    if f.read(4) != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    v = f.read(1)
    version = 1 if v == b"\x00" else int(v)
    f.read(15)
    return version, _unpack(">6l", f.read(24))


def _read_tzif(f):
    # (transition times, their type indices, utc offsets, isdst flags, abbreviations, TZ string or None)
    version, counts = _read_header(f)
    if version == 1:
        size, code = 4, "l"
    else:  # skip the 32-bit data to the 64-bit header and data
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
        f.seek(timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt, 1)
        counts = _read_header(f)[1]
        size, code = 8, "q"
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    times = _unpack(f">{timecnt}{code}", f.read(timecnt * size)) if timecnt else ()
    indices = _unpack(f">{timecnt}B", f.read(timecnt)) if timecnt else ()
    types = _unpack(">" + "lbb" * typecnt, f.read(typecnt * 6)) if typecnt else ()
    chars = f.read(charcnt)
    abbrs = tuple(chars[i:chars.find(b"\x00", i)].decode() for i in types[2::3])
    tz = None
    if version >= 2:
        f.seek(isutcnt + isstdcnt + leapcnt * 12, 1)
        c = f.read(1)
        if c != b"\n":
            raise AssertionError(c)
        tz = f.read().partition(b"\n")[0]
    return times, indices, types[0::3], [bool(d) for d in types[1::3]], abbrs, tz


def _dst_offsets(indices, utcoffs, isdsts):
    # dst() of each type, which TZif does not record: the offset's rise from the neighbouring standard time
    n = len(isdsts)
    dstoffs = [0] * n
    for i in range(1, len(indices)):
        idx = indices[i]
        if not isdsts[idx] or dstoffs[idx]:
            continue
        comp = indices[i - 1]
        d = 0 if isdsts[comp] else utcoffs[idx] - utcoffs[comp]
        if not d and idx < n - 1 and i + 1 < len(indices):
            comp = indices[i + 1]
            if isdsts[comp]:
                continue
            d = utcoffs[idx] - utcoffs[comp]
        dstoffs[idx] = d
    return [3600 if isdsts[i] and not dstoffs[i] else dstoffs[i] for i in range(n)]


# ==== ZoneInfo =================================================================================================

def _weak_set(cache, key, zone):
    cache[key] = _ref(zone, lambda r, cache=cache, key=key: cache.get(key) is r and cache.pop(key, None))


_STRONG_SIZE = 8
_strong = {}  # LRU of the last ZoneInfo(key) results (base class only), least recent first


class ZoneInfo(_tzinfo):
    # the time zone `key` of the IANA database ('Europe/Paris'), read from its TZif file under TZPATH
    # (no docstring: CPython's ZoneInfo.__doc__ is None)
    __slots__ = ("_key", "_file_repr", "_source", "_utc", "_loc", "_ttis", "_before", "_after", "_rule",
                 "_fixed", "__weakref__")
    _weak_cache = {}

    def __init_subclass__(cls, **kwargs):
        cls._weak_cache = {}

    def __new__(cls, key):
        base = cls is ZoneInfo
        if base:
            zone = _strong.pop(key, None)
            if zone is not None:
                _strong[key] = zone
                return zone
        weak = cls._weak_cache
        ref = weak.get(key)
        zone = ref() if ref is not None else None
        if zone is None:
            zone = cls._new_instance(key)
            zone._source = 1
            _weak_set(weak, key, zone)
        if base:
            _strong[key] = zone
            if len(_strong) > _STRONG_SIZE:
                del _strong[next(iter(_strong))]
        return zone

    @classmethod
    def _new_instance(cls, key):
        path = _find_tzfile(key)
        if path is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        self = _tzinfo.__new__(cls)
        with open(path, "rb") as f:
            self._load(f)
        self._key = key
        self._source = 0
        return self

    @classmethod
    def no_cache(cls, key):
        """Build a fresh ZoneInfo for *key*, neither reading nor updating the cache."""
        return cls._new_instance(key)

    @classmethod
    def from_file(cls, fobj, /, key=None):
        """Build a ZoneInfo from TZif data read from the binary file object *fobj*; it is never cached."""
        self = _tzinfo.__new__(cls)
        self._file_repr = repr(fobj)
        self._load(fobj)
        self._key = key
        self._source = 2
        return self

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        """Drop cached zones: all of them, or only those named in *only_keys*."""
        weak = cls._weak_cache
        if only_keys is None:
            weak.clear()
            _strong.clear()
        else:
            for key in only_keys:
                if cls is ZoneInfo:
                    _strong.pop(key, None)
                weak.pop(key, None)

    @property
    def key(self):
        return self._key

    def _load(self, f):
        times, indices, utcoffs, isdsts, abbrs, tz = _read_tzif(f)
        ntypes = len(utcoffs)
        for i in indices:
            if i >= ntypes:
                raise ValueError(f"Invalid transition index found while reading TZif: {i}")
        dstoffs = _dst_offsets(indices, utcoffs, isdsts)
        types = [_tti(utcoffs[i], dstoffs[i], abbrs[i]) for i in range(ntypes)]
        # each transition as a wall time, for fold=0 (the larger offset of both sides) and fold=1 (the smaller)
        loc0, loc1 = [], []
        prev = utcoffs[0] if times else 0
        for t, i in zip(times, indices):
            cur = utcoffs[i]
            loc0.append(t + (prev if prev > cur else cur))
            loc1.append(t + (cur if prev > cur else prev))
            prev = cur
        self._utc = times
        self._loc = (loc0, loc1)
        self._ttis = [types[i] for i in indices]
        self._before = None
        for i in range(ntypes):
            if not isdsts[i]:
                self._before = types[i]
                break
        else:
            if types:
                self._before = types[0]
        self._rule = None
        if tz:
            after = _parse_tz_string(tz)
            if type(after) is _Rule:
                self._rule, after = after, after.std
        elif not ntypes:
            raise ValueError("No time zone information found.")
        else:
            after = types[indices[-1] if indices else -1]
        self._after = after
        if ntypes > 1 or self._rule is not None:
            self._fixed = False
        else:
            self._fixed = not ntypes or types[0][:3] == after[:3]

    def _find(self, dt):
        if dt is None:
            return self._after if self._fixed else _NO_TTI
        ts = _local_ts(dt)
        fold = dt.fold
        lt = self._loc[fold]
        if lt:
            if ts < lt[0]:
                return self._before
            if ts <= lt[-1]:
                return self._ttis[_bisect(lt, ts) - 1]
        if self._rule is None:
            return self._after
        return self._rule.local(ts, fold, dt.year)

    def utcoffset(self, dt, /):
        """Offset from UTC, as a timedelta, in effect in this zone at *dt*."""
        return self._find(dt)[0]

    def dst(self, dt, /):
        """Daylight-saving adjustment, as a timedelta, in effect in this zone at *dt*."""
        return self._find(dt)[1]

    def tzname(self, dt, /):
        """Zone abbreviation (such as 'CET') in effect at *dt*."""
        return self._find(dt)[2]

    def fromutc(self, dt, /):
        """Convert *dt*, whose fields hold a UTC time and whose tzinfo is this zone, to local time."""
        if not isinstance(dt, _datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        ts = _local_ts(dt)
        utc = self._utc
        n = len(utc)
        fold = False
        if n and ts < utc[0]:
            tti = self._before
        elif not n or ts > utc[-1]:
            if self._rule is None:
                tti = self._after
            else:
                tti, fold = self._rule.fromutc(ts, dt.year)
            if n:  # just after the last transition, a fold is the one it makes
                diff = (self._ttis[-2] if n > 1 else self._before)[3] - tti[3]
                if diff > 0 and ts < utc[-1] + diff:
                    fold = True
        else:
            i = _bisect(utc, ts)
            prev, tti = (self._ttis[i - 2], self._ttis[i - 1]) if i >= 2 else (self._before, self._ttis[0])
            fold = prev[3] - tti[3] > ts - utc[i - 1]
        dt = dt + tti[0]
        return dt.replace(fold=1) if fold else dt

    def __repr__(self):
        name = "zoneinfo.ZoneInfo" if type(self) is ZoneInfo else type(self).__name__
        if self._key is not None:
            return f"{name}(key={self._key!r})"
        return f"{name}.from_file({self._file_repr})"

    def __str__(self):
        return self._key if self._key is not None else repr(self)

    def __reduce__(self):
        if self._source == 2:
            try:
                from pickle import PicklingError
            except ImportError:
                PicklingError = TypeError
            raise PicklingError("Cannot pickle a ZoneInfo file from a file stream.")
        return (type(self)._unpickle, (self._key, int(self._source == 1)))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        return cls(key) if from_cache else cls._new_instance(key)


TZPATH = ()
reset_tzpath()

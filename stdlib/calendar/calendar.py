"""Month and year calendars as text or HTML (weeks start on Monday unless setfirstweekday() says otherwise)."""
# Written for weft after the documented behaviour of CPython 3.11's Lib/calendar.py. Day arithmetic is done
# here (proleptic Gregorian ordinals, as datetime.date uses) so that only itermonthdates() and the
# *datescalendar() methods need the datetime module. Day and month names are those of the C locale.

import sys
from operator import index as _index

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % self.weekday


January = 1
February = 2

mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY) = range(7)

_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTH_NAMES = ('', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
                'October', 'November', 'December')


# The name sequences keep CPython's class names (they show in reprs). `format` is the strftime directive
# the names stand for; only %A/%a/%B/%b are known here.

class _localized_day:
    def __init__(self, format):
        self.format = format

    def __getitem__(self, i):
        names = [n[:3] for n in _DAY_NAMES] if self.format == '%a' else list(_DAY_NAMES)
        return names[i]

    def __len__(self):
        return 7


class _localized_month:
    def __init__(self, format):
        self.format = format

    def __getitem__(self, i):
        names = [n[:3] for n in _MONTH_NAMES] if self.format == '%b' else list(_MONTH_NAMES)
        return names[i]

    def __len__(self):
        return 13


day_name = _localized_day('%A')
day_abbr = _localized_day('%a')
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')


def isleap(year):
    """Whether *year* has a 29 February in the Gregorian calendar."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """How many leap years lie in years y1 up to, not including, y2 (y1 <= y2 expected)."""
    def before(y):        # leap years in [1, y), or minus those in [y, 1) for y < 1
        y -= 1
        return y // 4 - y // 100 + y // 400
    return before(y2) - before(y1)


def _monthlen(year, month):
    return mdays[month] + (month == February and isleap(year))


def _ordinal(year, month, day):
    # datetime.date(year, month, day).toordinal(), with the errors date() raises for bad arguments
    year, month, day = _index(year), _index(month), _index(day)
    if not 1 <= year <= 9999:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _monthlen(year, month):
        raise ValueError("day is out of range for month")
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + sum(mdays[:month]) + (month > 2 and isleap(year)) + day


def weekday(year, month, day):
    """Day of the week of the given date: 0 for Monday through 6 for Sunday."""
    if not 1 <= year <= 9999:
        year = 2000 + year % 400      # same weekdays: the Gregorian cycle is 400 years
    return (_ordinal(year, month, day) + 6) % 7   # day 1 (0001-01-01) was a Monday


def monthrange(year, month):
    """Pair (weekday of the 1st, 0 = Monday; number of days) for the given month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _month_before(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _month_after(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _by_week(days):
    return [days[i:i + 7] for i in range(0, len(days), 7)]


class Calendar(object):
    """Holds the first weekday and computes month/year layouts as dates and
    numbers; the subclasses render them.
    """

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday # weekday index, Monday is 0

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """Seven weekday numbers, starting at firstweekday and wrapping past 6."""
        first = self.firstweekday
        for i in range(first, first + 7):
            yield i % 7

    def itermonthdates(self, year, month):
        """Yield datetime.date objects for whole weeks covering the month, so days
        of the neighbouring months appear at the ends.
        """
        from datetime import date
        for y, m, d in self.itermonthdays3(year, month):
            yield date(y, m, d)

    def _padding(self, year, month):
        # (days shown from the previous month, days in this month, days shown from the next month)
        first, ndays = monthrange(year, month)
        return (first - self.firstweekday) % 7, ndays, (self.firstweekday - first - ndays) % 7

    def itermonthdays(self, year, month):
        """Like itermonthdates(), yielding day-of-month ints with 0 for padding days."""
        before, ndays, after = self._padding(year, month)
        yield from [0] * before
        yield from range(1, ndays + 1)
        yield from [0] * after

    def itermonthdays2(self, year, month):
        """Like itermonthdates(), yielding (day of month or 0, weekday) pairs."""
        wd = self.firstweekday
        for d in self.itermonthdays(year, month):
            yield d, wd % 7
            wd += 1

    def itermonthdays3(self, year, month):
        """Like itermonthdates(), yielding (year, month, day) triples; works even
        beyond the range datetime.date supports.
        """
        before, ndays, after = self._padding(year, month)
        py, pm = _month_before(year, month)
        plen = _monthlen(py, pm)
        for d in range(plen - before + 1, plen + 1):
            yield py, pm, d
        for d in range(1, ndays + 1):
            yield year, month, d
        ny, nm = _month_after(year, month)
        for d in range(1, after + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        """Like itermonthdays3(), with the weekday added as a fourth item."""
        wd = self.firstweekday
        for y, m, d in self.itermonthdays3(year, month):
            yield y, m, d, wd % 7
            wd += 1

    def monthdatescalendar(self, year, month):
        """The month as a list of weeks, each a list of seven datetime.date objects."""
        return _by_week(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        """The month as a list of weeks of (day or 0, weekday) pairs."""
        return _by_week(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        """The month as a list of weeks of day numbers, 0 marking days of other months."""
        return _by_week(list(self.itermonthdays(year, month)))

    def _year_rows(self, per_month, year, width):
        months = [per_month(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardatescalendar(self, year, width=3):
        """The year for display: rows of *width* months, each month a list of
        weeks, each week a list of datetime.date objects.
        """
        return self._year_rows(self.monthdatescalendar, year, width)

    def yeardays2calendar(self, year, width=3):
        """Like yeardatescalendar(), with weeks of (day or 0, weekday) pairs."""
        return self._year_rows(self.monthdays2calendar, year, width)

    def yeardayscalendar(self, year, width=3):
        """Like yeardatescalendar(), with weeks of day numbers (0 for padding)."""
        return self._year_rows(self.monthdayscalendar, year, width)


class TextCalendar(Calendar):
    """Renders calendars as monospaced text, in the style of the cal(1) utility."""

    def prweek(self, theweek, width):
        """Write one formatted week to stdout without ending the line."""
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        """One day number centred in *width* characters (blank for 0)."""
        return ('%2i' % day if day else '').center(width)

    def formatweek(self, theweek, width):
        """One week as a line of day cells (no trailing newline)."""
        return ' '.join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        """Weekday name cut/centred to *width* characters."""
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        """Line of weekday names for the week's columns."""
        return ' '.join([self.formatweekday(i, width) for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """Month name (with the year when *withyear*), centred in *width*."""
        name = month_name[themonth]
        if withyear:
            name = "%s %r" % (name, theyear)
        return name.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print formatmonth()'s result."""
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """Text of one month: title, weekday header and week lines."""
        w = max(2, w)
        gap = '\n' * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1), self.formatweekheader(w)]
        lines.extend(self.formatweek(week, w) for week in self.monthdays2calendar(theyear, themonth))
        return ''.join(line.rstrip() + gap for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """Text of a whole year, *m* months per row."""
        w = max(2, w)
        gap = '\n' * max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        header = self.formatweekheader(w)

        def line(cells):
            out.append(formatstring(cells, colwidth, c).rstrip())
            out.append(gap)

        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append(gap)
            line(self.formatmonthname(theyear, k, colwidth, False) for k in months)
            line(header for k in months)
            for j in range(max(len(cal) for cal in row)):
                line(self.formatweek(cal[j], w) if j < len(cal) else '' for cal in row)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print formatyear()'s result."""
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """Renders calendars as HTML tables and pages."""

    # class attribute of each weekday's <td>, Monday first
    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    # class attribute of each weekday's header <th>
    cssclasses_weekday_head = cssclasses

    # class of the empty cells padding a month's first and last week
    cssclass_noday = "noday"

    # class of the month title row
    cssclass_month_head = "month"

    # class of a month's table
    cssclass_month = "month"

    # class of the year title row
    cssclass_year_head = "year"

    # class of the table holding a year
    cssclass_year = "year"

    def formatday(self, day, weekday):
        """<td> element for one day (an empty cell for 0)."""
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        """<tr> element holding the cells of one week."""
        return '<tr>%s</tr>' % ''.join([self.formatday(d, wd) for d, wd in theweek])

    def formatweekday(self, day):
        """<th> element holding one weekday's abbreviation."""
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        """<tr> element with a <th> per weekday."""
        return '<tr>%s</tr>' % ''.join([self.formatweekday(i) for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, withyear=True):
        """<tr> element with the month's name (and year, if *withyear*)."""
        title = '%s %s' % (month_name[themonth], theyear) if withyear else '%s' % month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, title)

    def formatmonth(self, theyear, themonth, withyear=True):
        """HTML <table> for one month."""
        parts = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_month,
                 self.formatmonthname(theyear, themonth, withyear=withyear),
                 self.formatweekheader()]
        parts.extend(self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth))
        parts.append('</table>')
        return ''.join(p + '\n' for p in parts)

    def formatyear(self, theyear, width=3):
        """HTML <table> holding the year's months, *width* per row."""
        width = max(width, 1)
        parts = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">\n' % self.cssclass_year,
                 '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head, theyear)]
        for first in range(1, 13, width):
            parts.append('<tr>')
            for m in range(first, min(first + width, 13)):
                parts.append('<td>%s</td>' % self.formatmonth(theyear, m, withyear=False))
            parts.append('</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """A complete XHTML document showing the year, as bytes in *encoding*."""
        if encoding is None:
            encoding = sys.getdefaultencoding()
        page = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                '<html>\n', '<head>\n',
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % encoding]
        if css is not None:
            page.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        page += ['<title>Calendar for %d</title>\n' % theyear, '</head>\n', '<body>\n',
                 self.formatyear(theyear, width), '</body>\n', '</html>\n']
        return ''.join(page).encode(encoding, "xmlcharrefreplace")


# weft has no locale support yet: the locale variants accept a locale and keep it, and print C-locale names.
class LocaleTextCalendar(TextCalendar):
    """TextCalendar meant to use the month/day names of *locale* (weft keeps the C-locale names for now)."""
    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = locale


class LocaleHTMLCalendar(HTMLCalendar):
    """HTMLCalendar meant to use the month/day names of *locale* (weft keeps the C-locale names for now)."""
    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = locale


# The module-level functions work on one shared TextCalendar.
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1         # width of a week printed by prweek()
_spacing = 6                  # spaces between month columns


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print the strings in *cols* side by side, each centred in *colwidth*."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """Centre each string of *cols* in *colwidth* and join them with *spacing* blanks."""
    return (spacing * ' ').join([col.center(colwidth) for col in cols])


EPOCH = 1970
_EPOCH_ORD = 719163           # date(1970, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the epoch for a UTC time tuple; the inverse of time.gmtime()."""
    year, month, day, hour, minute, second = tuple[:6]
    days = _ordinal(year, month, 1) - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second

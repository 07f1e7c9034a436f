# the datetime module's names: constants, UTC, __all__, class attributes min/max/resolution and type names
import datetime
print(datetime.MINYEAR, datetime.MAXYEAR, datetime.UTC, datetime.UTC is datetime.timezone.utc, datetime.__all__)
print(sorted(n for n in dir(datetime) if not n.startswith("_") and n not in ("sys", "datetime_CAPI")))
for cls in [datetime.date, datetime.time, datetime.datetime, datetime.timedelta]:
    print(cls.__name__, cls.__module__, repr(cls.min), repr(cls.max), repr(cls.resolution), cls)
print(datetime.timezone, datetime.tzinfo, datetime.timezone.__mro__, datetime.datetime.__mro__)
print(issubclass(datetime.datetime, datetime.date), issubclass(datetime.date, datetime.datetime), isinstance(datetime.UTC, datetime.tzinfo))
print(type(datetime.date(2024, 1, 1).isocalendar()), type(datetime.date(2024, 1, 1).timetuple()))

# ZoneInfo(key): the key, str() and repr(), the per-key cache, no_cache, clear_cache and subclasses
import gc
import weakref
import zoneinfo
from zoneinfo import ZoneInfo

paris = ZoneInfo("Europe/Paris")
print(paris.key, str(paris), repr(paris))
print(type(paris).__name__, type(paris).__module__, isinstance(paris, zoneinfo.ZoneInfo))
print(paris is ZoneInfo("Europe/Paris"), paris is ZoneInfo(key="Europe/Paris"))
print(ZoneInfo("UTC") is ZoneInfo("UTC"), ZoneInfo("UTC") is ZoneInfo("Etc/UTC"), ZoneInfo("Etc/UTC").key)

fresh = ZoneInfo.no_cache("Europe/Paris")
print(fresh is paris, fresh == paris, repr(fresh), fresh.key)
print(ZoneInfo.no_cache("Europe/Paris") is fresh, ZoneInfo("Europe/Paris") is paris)

ZoneInfo.clear_cache(only_keys=["Europe/Paris", "Not/Cached"])
paris2 = ZoneInfo("Europe/Paris")
print(paris2 is paris, paris2 is ZoneInfo("Europe/Paris"))
utc = ZoneInfo("UTC")
ZoneInfo.clear_cache(only_keys=("Europe/Paris",))
print(ZoneInfo("UTC") is utc, ZoneInfo("Europe/Paris") is paris2)
ZoneInfo.clear_cache()
print(ZoneInfo("UTC") is utc, ZoneInfo("Europe/Paris") is paris2)

# the cache keeps the 8 most recently used zones alive; older ones live on only while referenced
tokyo = ZoneInfo("Asia/Tokyo")
ref = weakref.ref(tokyo)
del tokyo
for key in ["Europe/London", "Asia/Kolkata", "America/New_York", "Europe/Berlin", "Europe/Rome",
            "Europe/Madrid", "Asia/Dubai", "Australia/Sydney"]:
    ZoneInfo(key)
gc.collect()
print("evicted:", ref() is None)
sydney = weakref.ref(ZoneInfo("Australia/Sydney"))
gc.collect()
print("recent one kept:", sydney() is not None)
kept = ZoneInfo("America/Chicago")
for key in ["Europe/London", "Asia/Kolkata", "America/New_York", "Europe/Berlin", "Europe/Rome",
            "Europe/Madrid", "Asia/Dubai", "Australia/Sydney", "Asia/Tokyo"]:
    ZoneInfo(key)
print("referenced one kept:", ZoneInfo("America/Chicago") is kept)


class MyZone(ZoneInfo):
    pass


mine = MyZone("Europe/Paris")
print(repr(mine), str(mine), mine.key, type(mine).__name__, isinstance(mine, ZoneInfo))
print(mine is MyZone("Europe/Paris"), mine is ZoneInfo("Europe/Paris"))
print(repr(MyZone.no_cache("UTC")), MyZone.no_cache("UTC") is MyZone("UTC"))
MyZone.clear_cache(only_keys=["Europe/Paris"])
print(MyZone("Europe/Paris") is mine)

print(isinstance(paris, __import__("datetime").tzinfo))
print(sorted(zoneinfo.__all__))
print(zoneinfo.ZoneInfoNotFoundError.__mro__[1].__name__, zoneinfo.InvalidTZPathWarning.__mro__[1].__name__)

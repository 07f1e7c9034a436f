# available_timezones() on the system database: a fresh set of keys, without posix/, right/ and posixrules
import zoneinfo
from zoneinfo import ZoneInfo

zones = zoneinfo.available_timezones()
print(type(zones).__name__, zones is not zoneinfo.available_timezones(), len(zones) > 300)
for key in ["UTC", "Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Apia",
            "America/Argentina/Buenos_Aires", "Etc/GMT+5", "posixrules", "zone.tab", "tzdata.zi", "leapseconds",
            "right/UTC", "posix/UTC", "Europe"]:
    print(key, key in zones)
print(all(isinstance(k, str) and not k.startswith("/") for k in zones))
print(sorted(k for k in zones if k.startswith("Australia/L")))
print(sorted(k for k in zones if k.startswith("Etc/GMT-1")))
# every key opens, and its str() is the key
sample = sorted(zones)[::25]
print(all(str(ZoneInfo.no_cache(k)) == k for k in sample), len(sample) > 10)

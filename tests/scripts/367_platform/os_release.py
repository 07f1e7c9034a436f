# freedesktop_os_release(): a fresh dict each time with NAME, ID and PRETTY_NAME; the other systems' functions
import platform

info = platform.freedesktop_os_release()
print(type(info).__name__, all(k in info for k in ("NAME", "ID", "PRETTY_NAME")))
print(all(isinstance(k, str) and isinstance(v, str) for k, v in info.items()))
info["NAME"] = "changed"
print(platform.freedesktop_os_release()["NAME"] != "changed")
print(platform.system_alias("SunOS", "5.10", "x"), platform.system_alias("Linux", "6.1", "y"))
print(platform.system_alias("win32", "10", "z"), platform.system_alias("SunOS", "4.1", "w"))
print(platform.mac_ver(), platform.win32_ver(), platform.java_ver())
print(platform.win32_edition(), platform.win32_is_iot())

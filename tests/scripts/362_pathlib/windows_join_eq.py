# pathlib: PureWindowsPath joining rules, case-insensitive comparison and reserved names
from pathlib import PureWindowsPath as W

print(W("c:/windows") / "system32", W("c:/windows") / "/temp", W("c:/windows") / "d:/data")
print(W("c:/windows") / "c:system32", W("c:/windows") / "C:drivers", W("c:/x") / "\\\\srv\\shr\\y")
print(W("c:", "/", "x"), W("c:/x", "d:y"), W("c:/x", "c:y"), W("c:/a", "/b", "c"))
print("x" / W("y"), W("a").joinpath("b", "C:/c", "d"))
print(W("C:/Users/ANN") == W("c:/users/ann"), W("C:/A") != W("c:/b"), hash(W("A/B")) == hash(W("a/b")))
print(sorted([W("b"), W("A"), W("a/c"), W("C:/z"), W("c:/a")]))
print(W("c:/A/B.TXT").match("*.txt"), W("C:/dir").is_relative_to("c:/DIR"))
for name in ["nul", "NUL.txt", "c:/dir/con", "c:/dir/COM1 .log", "lpt9", "lpt0", "aux:stream", "\\\\srv\\shr\\nul",
             "prn/x", "conin$", "com\u00b9"]:
    print(f"{name!r:20} reserved={W(name).is_reserved()}")
d = {W("C:/Temp"): "temp"}
print(d.get(W("c:/temp")), W("c:/x/../y"), W("c:/x/./y"))

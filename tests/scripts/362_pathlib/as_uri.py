# pathlib: as_uri percent-encodes the path (as urllib.parse.quote_from_bytes does); relative paths are refused
from pathlib import PurePosixPath, PureWindowsPath, Path

for s in ["/etc/hosts", "/home/ann/My Documents/r\u00e9sum\u00e9.pdf", "/a/100%/b#c?d", "/tmp/a+b=c&d",
          "//host/share", "/", "/x/~user/_-.", "/emoji/\u2603.txt", "/q/'quote'\"dq\"<>"]:
    print(PurePosixPath(s).as_uri())
for s in ["c:/Program Files/app.exe", "//server/share/dir/file.txt", "C:\\"]:
    print(PureWindowsPath(s).as_uri())
for bad in [PurePosixPath("relative/file"), Path(""), PureWindowsPath("c:no_root"), PureWindowsPath("/no_drive")]:
    try:
        bad.as_uri()
    except ValueError as e:
        print(repr(bad), "ValueError:", e)

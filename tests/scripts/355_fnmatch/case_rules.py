# fnmatch vs fnmatchcase: on POSIX both are case-sensitive (normcase is the identity)
import fnmatch

pairs = [("Photo.JPG", "*.jpg"), ("Photo.JPG", "*.JPG"), ("photo.jpg", "*.[jJ][pP][gG]"),
         ("ÉTÉ.txt", "été.*"), ("straße", "STRASSE"), ("MiXeD", "[a-z]*"), ("MiXeD", "[A-Z]*")]
for name, pat in pairs:
    print(f"{name:10} {pat:16} fnmatch={fnmatch.fnmatch(name, pat)!s:5} fnmatchcase={fnmatch.fnmatchcase(name, pat)}")
ci = [n for n in ["A.TXT", "b.txt", "C.Txt", "d.doc"] if fnmatch.fnmatch(n.lower(), "*.txt")]
print("case-insensitive by hand:", ci)

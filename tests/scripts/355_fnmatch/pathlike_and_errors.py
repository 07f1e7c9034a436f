# fnmatch accepts os.PathLike objects; wrong types raise TypeError
import fnmatch


class Entry:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


class Broken:
    def __fspath__(self):
        return 42


print(fnmatch.fnmatch(Entry("logs/app.log"), "logs/*.log"))
print(fnmatch.fnmatch("logs/app.log", Entry("*.log")))
print(fnmatch.filter(["a.py", "b.txt"], Entry("*.py")))
for args in [(42, "*"), ("x", None), (Broken(), "*"), (["a"], "*")]:
    try:
        fnmatch.fnmatch(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    fnmatch.fnmatchcase(Entry("x"), "*")
except TypeError as e:
    print(type(e).__name__, e)
try:
    fnmatch.translate(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    fnmatch.filter(None, "*")
except TypeError as e:
    print(type(e).__name__, e)

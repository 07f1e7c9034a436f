# os.fspath and os.PathLike: the file system path protocol
import os


class Location:
    def __init__(self, *parts):
        self.parts = parts

    def __fspath__(self):
        return '/'.join(self.parts)


class RawLocation:
    def __fspath__(self):
        return b'raw/path'


class Broken:
    def __fspath__(self):
        return 42


class NotAPath:
    pass


print(os.fspath('plain'), os.fspath(b'bytes'), os.fspath(Location('a', 'b', 'c.txt')), os.fspath(RawLocation()))
print(isinstance(Location(), os.PathLike), issubclass(Location, os.PathLike), isinstance('str', os.PathLike))
print(isinstance(NotAPath(), os.PathLike), issubclass(RawLocation, os.PathLike))
print(os.path.join(Location('base'), 'file'), os.path.basename(Location('dir', 'name.txt')))
print(os.PathLike[str])
for bad in [None, 3, Broken(), NotAPath(), ['a']]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print(type(e).__name__, e)


class Sub(os.PathLike):
    def __fspath__(self):
        return 'sub'


print(os.fspath(Sub()), isinstance(Sub(), os.PathLike))
try:
    class Abstract(os.PathLike):
        pass
    Abstract()
except TypeError as e:
    print(type(e).__name__, e)


class Opted:
    __fspath__ = None


print(isinstance(Opted(), os.PathLike))

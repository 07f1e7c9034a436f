# changing __class__ of an instance switches behaviour (state pattern); incompatible layouts rejected
class Closed:
    def open(self):
        print("opening")
        self.__class__ = Open
    def read(self):
        raise IOError("file is closed")
class Open:
    def open(self):
        print("already open")
    def read(self):
        return "data"
    def close(self):
        self.__class__ = Closed
f = Closed()
try:
    f.read()
except OSError as e:
    print("OSError:", e)
f.open()
print(f.read(), type(f).__name__, isinstance(f, Open))
f.open()
f.close()
print(type(f).__name__)
try:
    f.__class__ = int
except TypeError as e:
    print("TypeError:", e)

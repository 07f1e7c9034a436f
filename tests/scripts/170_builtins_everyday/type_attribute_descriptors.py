# attributes of builtin types are descriptors on the type (int.real, BaseException.args, range.start); operator
# methods of bytes; type.__instancecheck__; complex.__complex__, bytes.__bytes__, range.__bool__, __setstate__
print(int.real, float.imag, complex.real, range.start, slice.step, BaseException.args, BaseExceptionGroup.exceptions)
print(hasattr(int, "numerator"), int.real.__get__(7, int), int.real.__name__, int.real.__objclass__, "real" in dir(3))
print((5).real, True.numerator, (2.5).imag, (1 + 2j).imag, range(1, 9, 2).step, slice(3).stop)
try:
    (5).real = 3
except AttributeError as e:
    print(e)
print(bytes.__add__(b"a", b"b"), bytes.__mul__(b"ab", 2), bytes.__rmul__(b"x", 3), bytes.__mod__(b"%d", 5))
ba = bytearray(b"ab")
ba.__iadd__(b"cd")
ba.__imul__(2)
print(ba, bytearray.__add__(ba, b"!"))
print(type.__instancecheck__(int, 3), type.__subclasscheck__(object, bool), type.__instancecheck__(str, 3))
class Meta(type):
    def __instancecheck__(cls, obj):
        print("hook for", type(obj).__name__)
        return type.__instancecheck__(cls, obj)
class Thing(metaclass=Meta):
    pass
print(isinstance(Thing(), Thing), isinstance(3, Thing))
print(complex.__complex__(1 + 1j), bytes.__bytes__(b"q"), bool(range(0)), bool(range(3)), range(5).__bool__())
e = ValueError("bad")
e.__setstate__({"code": 7})
print(e.code, e.args)
print(ExceptionGroup[ValueError], BaseExceptionGroup[KeyError])

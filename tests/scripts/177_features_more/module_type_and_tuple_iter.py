# types.ModuleType makes an empty module; list()/tuple()/unpacking of a tuple subclass use its own __iter__.
import types, sys
m = types.ModuleType("made", "the doc")
print(m, m.__name__, m.__doc__, sorted(vars(m)))
m.x = 1
sys.modules["made"] = m
import made
print(made.x, types.ModuleType("y").__doc__)
try: types.ModuleType()
except TypeError as e: print(e)
try: types.ModuleType(1)
except TypeError as e: print(e)
class T(tuple):
    def __iter__(self):
        yield from super().__iter__(); yield "x"
print(list(T((1,))), tuple(T((1,))), [*T((2,))])

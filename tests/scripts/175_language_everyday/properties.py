# properties with getters, setters, deleters, docstrings and inheritance overrides
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError(f"too cold: {v}")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp(20)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print(type(e).__name__ + ":", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(type(Temp.__dict__["celsius"]).__name__)
print(Temp.celsius.fget.__name__, Temp.fahrenheit.fset)

class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return round(self._c)
s = Sub(21.7)
print(s.celsius)
s.celsius = 3.4
print(s.celsius, s._c)
p = property(lambda self: 42)
class X:
    answer = p
print(X().answer)
try:
    del X().answer
except AttributeError as e:
    print(type(e).__name__ + ":", e)

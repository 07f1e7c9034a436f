# function.__get__, MethodType(function, instance), callable() of objects with a native call
import operator
def f(self, x=1): return (self, x)
class A: pass
a = A()
m = f.__get__(a)
print(m(2)[1], f.__get__(None, A) is f, type(m).__name__)
MethodType = type(a.__init__) if False else type(m)
mm = MethodType(f, 5)
print(mm(), mm.__self__, mm.__func__ is f)
for bad in [(1, 2), (f, None), (f,)]:
    try:
        MethodType(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(callable(operator.itemgetter(1)), callable(len), callable(3), callable(A), callable(a))

# compile-time SyntaxWarnings: 'is' with a literal, calling or subscripting a literal, assert on a tuple; as errors they are SyntaxErrors
x = 5
print(x is 5, x is not (), x is None)
assert (x, "m")
try:
    (1, 2)(3)
except TypeError as e:
    print(e)
try:
    1[0]
except TypeError as e:
    print(e)
try:
    ""[""]
except TypeError as e:
    print(e)
try:
    [1, 2][1.5]
except TypeError as e:
    print(e)
print([1, 2][True], {1: 2}[1], "ab"[0])
import warnings
warnings.simplefilter("error")
try:
    compile("y = 3 is 3", "<snippet>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e)

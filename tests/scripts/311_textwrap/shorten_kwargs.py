# textwrap.shorten forwards **kwargs to TextWrapper: a duplicate max_lines is a TypeError naming the class
import textwrap
try:
    textwrap.shorten("abc", 10, max_lines=2)
except TypeError as e:
    print("TypeError:", e)
class Box:
    def __init__(self, a=0): self.a = a
try:
    Box(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)

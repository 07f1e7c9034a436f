# An uncaught error raised from a list subclass's method.
class Strict(list):
    def append(self, x):
        if not isinstance(x, int):
            raise TypeError(f"Strict accepts ints, not {type(x).__name__}")
        super().append(x)


s = Strict()
s.append(1)
print(s)
s.append("two")

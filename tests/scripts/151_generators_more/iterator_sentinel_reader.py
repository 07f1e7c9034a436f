# an iterator class wrapping a stream: __iter__/__next__, peek support, and use with zip/enumerate
class Peekable:
    _none = object()
    def __init__(self, it):
        self._it = iter(it)
        self._peeked = self._none
    def __iter__(self):
        return self
    def __next__(self):
        if self._peeked is not self._none:
            v, self._peeked = self._peeked, self._none
            return v
        return next(self._it)
    def peek(self, default=None):
        if self._peeked is self._none:
            self._peeked = next(self._it, self._none)
        return default if self._peeked is self._none else self._peeked
tokens = Peekable("12+34*5")
out = []
for ch in tokens:
    if ch.isdigit():
        num = ch
        while (tokens.peek() or "").isdigit():
            num += next(tokens)
        out.append(int(num))
    else:
        out.append(ch)
print(out, tokens.peek("end"))
p = Peekable(range(3))
print(p.peek(), list(enumerate(p)), list(zip("ab", Peekable("xyz"))))

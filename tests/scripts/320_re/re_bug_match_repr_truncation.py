# re.Match repr truncates the matched text's repr to 50 characters (CPython: _sre match_repr uses %.50R)
import re
print(repr(re.match(r".+", "x" * 60)))
print(repr(re.match(r".+", "y" * 49)), repr(re.match(r".+", "'" + "z" * 60)), repr(re.match(rb".+", b"w" * 70)))

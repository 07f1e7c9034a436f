# re: subject type errors of every function, and re.error's module and name
import re
for fn in (lambda s: re.sub('x', '', s), lambda s: re.subn('x', '', s), lambda s: re.search('x', s),
           lambda s: re.findall('x', s), lambda s: list(re.finditer('x', s)), lambda s: re.split('x', s),
           lambda s: re.fullmatch('x', s), lambda s: re.compile(b'x').search(s), lambda s: re.compile('x').sub('', s)):
    for subject in (None, 3, b'x', 'x', bytearray(b'xx')):
        try:
            print(repr(fn(subject)))
        except TypeError as e:
            print("TypeError:", e)
print(re.error.__module__, re.error.__name__, re.error.__qualname__)
try:
    re.compile("a(b")
except re.error as e:
    print(type(e), e.msg, e.pos)

# PEP 263: a module declaring latin-1 is decoded so; an unknown declared encoding is a SyntaxError at line 0
from encodings_demo import latin
print(latin.GREETING, len(latin.GREETING), [hex(ord(c)) for c in latin.GREETING])
try:
    from encodings_demo import bogus
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
import encodings_demo.bogus

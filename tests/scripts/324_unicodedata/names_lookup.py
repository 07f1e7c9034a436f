# unicodedata: names and lookup (any case, aliases, named sequences, Hangul and CJK names), and \N{...} escapes
import unicodedata as u

for name in ["LATIN SMALL LETTER SHARP S", "latin small letter sharp s", "Greek Capital Letter Omega", "EM DASH",
             "BYTE ORDER MARK", "NULL", "LINE FEED", "KEYCAP NUMBER SIGN", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
             "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE HIH", "hangul syllable ssang", "CJK UNIFIED IDEOGRAPH-4E00",
             "CJK UNIFIED IDEOGRAPH-9FA5", "SNOWMAN", "PILE OF POO", "DIGIT ZERO", "ZERO WIDTH JOINER",
             "nothing at all", "HANGUL SYLLABLE GX", "CJK UNIFIED IDEOGRAPH-0041", "x" * 300, ""]:
    try:
        print(repr(name[:40]), ascii(u.lookup(name)))
    except KeyError as e:
        print(repr(name[:40]), "KeyError:", e)
for c in "aZ\u00df\u03a9\u2014\ufeff\uac00\uac01\ud7a3\u4e00\u9fa5\u2603\U0001f4a9\u0301\u200d\u1100\u11a8":
    print(ascii(c), u.name(c))
for c in ["\x00", "\x7f", "\ue000", "\U000f0000", "\u0378"]:
    print(ascii(c), u.name(c, "<no name>"))
print("\N{EM DASH}\N{latin small letter a}\N{BYTE ORDER MARK}\N{LF}" == "\u2014a\ufeff\n", f"{1}\N{BULLET}{2}")
print(ascii("\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}"), r"\N{X}", b"\N{EM DASH}")
for source in ['"\\N{NOPE}"', '"\\N{EM DASH"', '"\\N"', '"\\N{}"', '"\\N{KEYCAP NUMBER SIGN}"']:
    try:
        print(ascii(eval(source)))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
import re
print(re.findall(r"\N{EM DASH}|\N{en dash}", "a\u2014b\u2013c"))
try:
    re.compile(r"\N{NO SUCH THING}")
except re.error as e:
    print("re.error:", e)

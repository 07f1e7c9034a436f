# unicodedata: NFC/NFD/NFKC/NFKD and is_normalized on composed, decomposed, Hangul, compatibility and reordered text
import unicodedata as u

samples = ["café", "e\u0301", "\ufb01", "\u1e9b\u0323", "한국어", "\u1100\u1161\u11a8", "\u212b", "ﬃ", "①", "\u0041\u030a\u0323",
           "ǅ", "x\u0323\u0307\u0301", "\u0f73", "\u0344", "\u00c5\u0301", "a\u0328\u0301", "\u0958", "\u2126", "ＡＢＣ１２３",
           "\u3300", "Straße", "\u1e0b\u0323", "\u0071\u0307\u0323", "", "plain ascii"]
for s in samples:
    forms = {f: u.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")}
    print(ascii(s), [ascii(forms[f]) for f in forms], [u.is_normalized(f, s) for f in forms])
    assert u.normalize("NFC", forms["NFD"]) == forms["NFC"]
# every composed Latin letter round-trips
count = 0
for cp in range(0xC0, 0x250):
    c = chr(cp)
    if u.normalize("NFC", u.normalize("NFD", c)) == c:
        count += 1
print(count)
for bad in [("NFX", "a"), ("nfc", "a"), (1, "a"), ("NFC", 1), ("NFC", b"a")]:
    try:
        u.normalize(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
# a realistic use: accent-insensitive search
def fold(text):
    return "".join(c for c in u.normalize("NFKD", text.casefold()) if not u.combining(c))
words = ["Crème brûlée", "CREME BRULEE", "naïve", "Ångström", "ﬁancé"]
print([fold(w) for w in words], fold(words[0]) == fold(words[1]))

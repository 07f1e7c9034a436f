# textbook ciphers: caesar with ord/chr, brute force, vigenere, rot13 via codecs-free translate, frequency
import string
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)
msg = "Attack at Dawn! Meet at 6pm."
enc = caesar(msg, 3)
print(enc, caesar(enc, -3) == msg)
for key in range(1, 4):
    print(key, caesar(enc, -key))
def vigenere(text, key, decrypt=False):
    key = key.lower()
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[k % len(key)]) - 97
            base = 65 if ch.isupper() else 97
            shift = -shift if decrypt else shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)
v = vigenere("Common sense is not so common.", "PIZZA")
print(v, vigenere(v, "PIZZA", decrypt=True))
lc, uc = string.ascii_lowercase, string.ascii_uppercase
rot13 = str.maketrans(lc + uc, lc[13:] + lc[:13] + uc[13:] + uc[:13])
print("Why did the chicken cross the road?".translate(rot13))
from collections import Counter
freq = Counter(c for c in v.lower() if c.isalpha())
print(freq.most_common(4))
print("".join(sorted(set(msg.lower()) & set(lc))))
print([ord(c) for c in "AZaz"], chr(0x263A), ord("€"), hex(ord("€")), "%c%c" % (72, 105))

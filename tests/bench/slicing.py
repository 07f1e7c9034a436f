# slicing: list, str and tuple slicing in a tight loop: plain and negative bounds, steps (including negative),
# reversed(), copies with l[:] and list(l), slice assignment that grows/shrinks a list, del of slices, and
# string slicing for rotations and palindromes.
def rotate(seq, k):
    k %= len(seq)
    return seq[k:] + seq[:k]


def is_pal(s):
    return s == s[::-1]


def main():
    data = list(range(200))
    x = 7
    chars = []
    for i in range(300):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        chars.append("abc"[(x >> 16) % 3])
    text = "".join(chars)
    tup = tuple(range(0, 600, 3))
    acc = 0
    for i in range(120000):
        k = i % 50
        a = data[k:k + 40]
        b = data[-k - 10:-k or None]
        c = data[::k % 7 + 1]
        d = data[150:10:-(k % 5 + 1)]
        acc += a[-1] + len(b) + c[-1] + d[0] + sum(data[k:k + 8:2])
        r = rotate(data, i)
        acc += r[0] + r[-1]
        cp = data[:]
        cp2 = list(data)
        cp[k:k + 5] = [k, k]
        del cp2[::9]
        acc += len(cp) + len(cp2) + cp[k + 1]
        acc += sum(reversed(data[k:k + 20]))
        s = text[k:k + 30]
        acc += len(s[::3]) + (1 if is_pal(s[:5] + s[4::-1]) else 0) + ord(s[-1])
        acc += len(rotate(text, k)) + ord(text[-k - 1])
        t = tup[k::3]
        acc += t[0] + len(tup[k:-k or None])
        acc %= 1000000007
    grow = [0] * 10
    for i in range(30000):
        j = i % len(grow)
        if i % 3:
            grow[j:j] = [i, i + 1]
        else:
            grow[j:j + 3] = [i]
        if len(grow) > 500:
            del grow[100:400]
    palins = sum(1 for i in range(len(text) - 6) if is_pal(text[i:i + 5]))
    words = text.split("a")
    print(acc, len(grow), sum(grow) % 1000003, palins, len(words), "".join(w[:1] for w in words)[:20])


main()

# bigint_digits: arbitrary-precision integer arithmetic: a streaming spigot producing digits of pi with big
# integer state (multiply, add, floor division), e computed to many digits with a scaled series, factorials and
# binomials, three-argument pow (modular exponentiation, Fermat checks), divmod and str()/int() of big numbers.
import sys

sys.set_int_max_str_digits(50000)


def pi_digits(count):
    # Gibbons' unbounded spigot, written out with plain integers
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return out


def e_digits(count):
    scale = 10 ** (count + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[:count]


def main():
    pd = pi_digits(3000)
    print("pi:", "".join(map(str, pd[:30])), sum(pd), pd[-10:])
    ed = e_digits(14000)
    print("e:", ed[:30], sum(map(int, ed)), ed[-10:])

    f = 1
    for i in range(1, 6001):
        f *= i
    fs = str(f)
    print("6000!:", len(fs), fs[:20], sum(map(int, fs)), len(fs) - len(fs.rstrip("0")))
    c = 1
    for k in range(1, 600):
        c = c * (1200 - k + 1) // k
    print("C(1200,599) mod:", c % 1000000007, c.bit_length())

    m = (1 << 521) - 1
    fermat = sum(1 for a in range(2, 60) if pow(a, m - 1, m) == 1)
    n = 3 ** 700 + 2 ** 900 + 12345
    acc = 0
    for i in range(1, 900):
        q, r = divmod(n, 7 ** (i % 350 + 1) + i)
        acc ^= r
        acc += q.bit_length()
    print("pow/divmod:", fermat, acc % 1000000007, int(str(n)[::-1]) % 97)
    x = 10 ** 1200 // 7
    print("mixed:", (x * x + x) % 999999937, len(str(x * x)), hex(x >> 3900)[:12], (-x) // 13 % 10007)


main()

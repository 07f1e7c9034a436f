# str_format: building and taking apart text: str.format with positional/keyword fields and format specs,
# %-formatting (%d %9.2f %-10s %x %o %r), f-strings with specs (width, alignment, fill, precision, thousands
# separators, hex/bin, !r), str.join/split/rsplit/partition/replace/strip/upper/center/zfill, in loops.
def row_format(i, name, price, qty):
    a = "{:>6d} | {:<10} | {:>9.2f} | {:^5}".format(i, name, price, qty)
    b = "%6d | %-10s | %9.2f | %5d" % (i, name, price, qty)
    c = f"{i:>6d} | {name:<10} | {price:>9.2f} | {qty:^5}"
    return a, b, c


def main():
    names = ["apple", "kiwi", "banana", "fig", "cherry", "plum", "mango", "lime"]
    checksum = 0
    lines = []
    for i in range(100000):
        name = names[i % 8]
        price = (i * 37 % 1000) / 7.0
        qty = i % 13
        a, b, c = row_format(i, name, price, qty)
        checksum += len(a) + len(b) + len(c) + (a == c)
        d = "{name}-{0}-{n:03d}".format(i % 10, name=name.upper(), n=qty)
        e = f"{i:08x}|{i:b}|{i:,}|{price:+.3e}|{name!r:>12}|{qty:*^7}"
        f = "%x/%o/%r/%5.1f%%" % (i, i, name, price / 10)
        checksum += len(d) + len(e) + len(f) + d.count("-") + e.count("|")
        if i % 300 == 0:
            lines.append(c)
        checksum %= 1000000007

    text = "\n".join(lines)
    fields = [ln.split("|") for ln in text.split("\n")]
    parsed = [(int(f0), f1.strip(), float(f2)) for f0, f1, f2, _ in fields]
    total_price = sum(p for _, _, p in parsed)
    print("rows:", checksum, len(parsed), "%.2f" % total_price)

    words = " ".join(names[i % 8] + str(i % 17) for i in range(2000))
    acc = 0
    for k in range(250):
        s = words.replace("an", "AN").replace("e", "").upper()
        parts = s.split()
        head, sep, tail = s.partition(" ")
        left, _, right = s.rpartition("4")
        acc += len(parts) + len(head) + len(tail) + len(left) - len(right)
        acc += sum(len(p.strip("0123456789")) for p in parts[k:k + 50])
        acc += len("-".join(parts[:k]).center(400, ".")) + len(str(k).zfill(6))
        acc += len(s.rsplit(" ", 3)) + s.find("MANGO", k) + s.count("AN")
    print("text:", acc)
    table = "\n".join("{:<8}{:>8}{:>10}".format(n, len(n), f"{len(n) / 3:.4f}") for n in names)
    print(table.splitlines()[3], len(table))
    print(f"{12345678.9:,.2f} {0.000123:.2%} {-42:+06d} {255:#06x} {3.5:g} {'x':>{5}}")


main()

# f-string format specs: precision, width, alignment, fill, thousands separator, zero padding, sign, types.
x = 3.14159
n = 1234567
s = "hi"
print(f"{x:0.2f}|{x:.0f}|{x:8.3f}|{x:<8.1f}|{x:e}")
print(f"{s:>8}|{s:<8}|{s:^8}|{s:*^8}|")
print(f"{n:,}|{n:_}|{n:>12,}|{-n:,}")
print(f"{42:05d}|{-42:05d}|{42:+d}|{42: d}|{7:3}|")
print(f"{255:x}|{255:#x}|{5:08b}|{0.5:%}|{0.125:.1%}")
print(f"{1234.5:,.2f}|{1e20:,.0f}")
print(f"{True}|{None}|{[1, 2]}|{(1,)}")
print(f"{2 ** 70:,}")

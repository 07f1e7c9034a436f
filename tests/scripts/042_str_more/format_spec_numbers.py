# format() specs for ints and floats: fill/align/sign/width/grouping/precision/types
vals = [0, 7, -42, 1234567, 2**40]
for v in vals:
    print(f"[{v:>10}] [{v:<+8}] [{v:^9}] [{v:=+10}] [{v:010,}] [{v:_x}] [{v:#o}] [{v:#b}] [{v:X}] [{v:c}]" if 0 <= v < 0x110000 else
          f"[{v:>10}] [{v:<+8}] [{v:^9}] [{v:=+10}] [{v:010,}] [{v:_x}] [{v:#o}] [{v:#X}] [{v: d}]")
floats = [0.0, -0.0, 3.14159, -2.5e-7, 1e16, 123456.789, float("inf"), float("nan")]
for f in floats:
    print(f"{f:10.3f}|{f:<12.4e}|{f:+.2g}|{f:,.1f}|{f:%}|{f:08.2f}|{f:g}|{f:.0f}|{f}")
print(format(1234.5, "*^+15,.2f"), format(0.5, ".0%"), format(2.5, ".0f"), format(3.5, ".0f"), format(1e-5, "g"))
print(format(123, "n"), format(1.5, "n"), format(10**20, ","), format(-0.0001, ".2f"), format(-0.0001, "z.2f") if False else "")
print(format(255, "08b"), format(255, "#010x"), format(-255, "#x"), format(12345, "_b"), format(True, "d"), format(3, ".2f"))

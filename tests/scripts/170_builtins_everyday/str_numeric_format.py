# format() / f-strings with numbers: alignment, sign, grouping, 'g' precision, 'n', '%', int to float specs
vals = [0, 7, -7, 1234567, 0.0, -0.0, 1.5, -1234.5678, 1e-7, 123456789.0, float("inf"), float("nan")]
for v in vals:
    print(f"{v!r:>14}|{v:>10}|{v:<+10}|{v:^10}|{v:=+10}|{v:010}|")
for spec in ["g", ".3g", ".10g", "e", ".0e", "f", ".0f", "%", ".1%", ",", "_", ",.1f", "#g", "#.0f", "#x" if False else "n"]:
    print(spec, [format(x, spec) for x in [0.1, 2.5, 1234567.0, 1e-05, 100.0]])
for spec in ["d", "x", "X", "o", "b", "c", "e", ".2f", "%", ",", "_b", "#_o", "n", "+", " ", "g"]:
    print(spec, [format(x, spec) for x in [65, 255, 1000000]])
print(f"{12:#010x} {-12:#010b} {255:_X} {3:*>+5} {3:*<+5} {-3:0=5} {1e6:,.0f} {0.000123:.2e} {5:.1f}")
for bad in [(1.5, "d"), (1, "s"), ("a", "d"), (1, ".5c"), (1.5, "x"), (3, "=^5"), (1, ",_"), ("x", ",")]:
    try:
        print(format(*bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

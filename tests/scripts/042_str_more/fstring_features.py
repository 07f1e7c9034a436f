# f-string features: nested format specs, !r/!s/!a, = debugging, format_spec from variables, dict access
items = {"apple": 1.5, "banana": 0.25, "cherry": 12.0}
width, prec = 10, 2
for name, price in sorted(items.items()):
    print(f"{name:<{width}}|{price:>{width}.{prec}f}|{price!r:>8}")
x, label = 42, "naïve"
print(f"{x=}", f"{x = }", f"{x=:#x}", f"{label=!s}", f"{label!r}", f"{label!s:>8}", f"{x*2+1=}")
print(f"{'quoted'}", f"{{literal}}", f"{{{x}}}", f"{items['apple']:.1f}", f"{len(items):03}")
fmt = ".3e"
print(f"{1234.5:{fmt}}", f"{'abc':{'^'}{9}}", f"{3.14159:.{prec + 1}f}")
print(f"{[1, 2, 3]!s:>12}", f"{(lambda v: v * 2)(21)}", f"{'yes' if x > 40 else 'no'}", f"{x:{'>' if x else '<'}6}")
nums = [3, 1, 2]
print(f"sorted: {sorted(nums)}, max: {max(nums)}, joined: {', '.join(map(str, nums))}")
print(f"{'multi' 'part'}", f"""{
    x + 1
}""")
class P:
    def __format__(self, spec): return f"P<{spec}>"
    def __repr__(self): return "P()"
print(f"{P()}", f"{P():xyz}", f"{P()!r}", format(P(), "abc"), "{:q}".format(P()))

# str.format/format_map and format spec mini-language, with error messages
print("{} {}".format(1, 2), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=[2]))
print("{0[1]} {0[k]} {1.real}".format({1: "one", "k": "kay"}, 3j))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("a", "b", "c", "d"))
print("{:+d} {: d} {:05d} {:x} {:#X} {:#o} {:#b} {:,} {:_}".format(5, 5, -42, 255, 255, 8, 5, 1234567, 1234567))
print("{:.3f} {:10.2e} {:g} {:g} {:%} {:.1%}".format(3.14159, 12345.678, 1e-5, 1e16, 0.25, 1/3))
print("{:=+8.2f}|{:08.3f}|{:,.2f}".format(3.5, -2.25, 9876543.21))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{{literal}}".format())
print("{:c}".format(9731), "{:n}".format(1234), "{:s}".format("str"), "{:.2s}".format("abcdef"))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map(Default(name="Ann")))
for fmt, args, kw in [("{}{}", (1,), {}), ("{x}", (), {}), ("{0:d}", ("s",), {}), ("{:z}", (1,), {}),
                      ("{", (), {}), ("}", (), {}), ("{0}{}", (1, 2), {}), ("{:,d}", (1.5,), {}),
                      ("{!x}", (1,), {}), ("{:.2d}", (3,), {}), ("{0.missing}", (1,), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(format(3.0), format(1e22), format(0.1, ".20f"), format(-0.0, "+.1f"), format(123, ""), format("x", "^5"))
print(f"{'nested'!r:>12} {3*4:#06x} {2**0.5=:.3f}")

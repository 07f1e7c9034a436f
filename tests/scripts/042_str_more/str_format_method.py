# str.format: positional/keyword/indexing/attribute fields, auto numbering, nested specs, format_map
class Item:
    def __init__(self, name, qty): self.name, self.qty = name, qty
inv = [Item("bolt", 120), Item("nut", 7)]
for it in inv:
    print("{0.name:>6}: {0.qty:5d} {1}".format(it, "pcs"))
print("{} + {} = {}".format(1, 2, 3), "{1}{0}{1}".format("a", "b"), "{a[0]}-{a[2]}".format(a="xyz"))
print("{d[key]} {d[other]!r}".format(d={"key": 1, "other": "two"}), "{:{w}.{p}f}".format(3.14159, w=9, p=3))
print("{:*^20}".format(" menu "), "{!r:>10}".format("hi"), "{0!s:<5}|".format(None))
print("{name} is {age}".format_map({"name": "Bo", "age": 3}))
class Default(dict):
    def __missing__(self, key): return "<" + key + ">"
print("{greet}, {who}!".format_map(Default(greet="Hi")))
for fmt, args, kw in [("{} {1}", (1, 2), {}), ("{0} {}", (1, 2), {}), ("{missing}", (), {}), ("{2}", (1,), {}),
                      ("{:d}", ("s",), {}), ("{", (), {}), ("}", (), {}), ("{0:xyz}", (1,), {}), ("{0.nope}", (1,), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (ValueError, KeyError, IndexError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

# f-strings with the other kind of quotes inside, triple-quoted f-strings and multi-part concatenation.
d = {"a": 1, "b": 2}
print(f"{d['a']} and {d['b']}")
print(f'{d["a"] + d["b"]}')
print(f"""{"triple" + 'mixed'}""")
print(f'''{d}''')
who = "world"
print(f"hello " f"{who}" "!" f" {len(who)}")
print(f"{'x' * 3}")
print(f"{who!r:>10}")

# pprint: underscore_numbers with ints/floats/negatives in containers, and long strings inside dict values and tuples
import pprint
nums = [1000, -1234567, 10 ** 12, 3.14159, 1e20, 999, True, 0, -100_000]
print(pprint.pformat(nums, underscore_numbers=True)); print(pprint.pformat(nums, underscore_numbers=True, width=20))
print(pprint.pformat({"big": 2 ** 70, "neg": -(10 ** 7)}, underscore_numbers=True))
pprint.pp({"n": 123456789}, underscore_numbers=True)
text = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore"
print(pprint.pformat({"desc": text, "short": "ok"}, width=40))
print(pprint.pformat((text, text[:20]), width=50))
print(pprint.pformat([text], width=30, indent=4))
print(pprint.pformat({"k": "x" * 50 + " " + "y" * 50}, width=40))
print(pprint.pformat("a b " * 30, width=1))
print(pprint.pformat({"nested": {"deeper": "word " * 20}}, width=35))

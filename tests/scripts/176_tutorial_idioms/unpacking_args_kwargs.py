# Real Python *args/**kwargs and unpacking: star-assignment, merging, keyword-only and positional-only params
def my_sum(*args):
    result = 0
    for x in args:
        result += x
    return result
print(my_sum(1, 2, 3), my_sum(), type((lambda *a: a)()).__name__)
def concatenate(**kwargs):
    return "".join(kwargs.values())
print(concatenate(a="Real", b="Python", c="Is", d="Great", e="!"))
def my_function(a, b, *args, option=True, **kwargs):
    return f"a={a} b={b} args={args} option={option} kwargs={kwargs}"
print(my_function(1, 2, 3, 4, x=5, option=False))
print(my_function(*[1, 2], **{'y': 9}))
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*head, tail = "hello"
print(head, tail)
a, *b = (1,)
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)], start=1):
    print(i, name, score)
my_first_list = [1, 2, 3]; my_second_list = [4, 5, 6]
print([*my_first_list, *my_second_list], (*"ab", *range(2)), {*"aab"} == {"a", "b"})
my_first_dict = {"A": 1, "B": 2}; my_second_dict = {"C": 3, "B": 4}
print({**my_first_dict, **my_second_dict}, my_first_dict | my_second_dict)
print(*[1, 2, 3], sep=" < ")
def pos_only(a, b, /, c, *, d):
    return a + b + c + d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
try:
    pos_only(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
try:
    pos_only(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    my_function(1)
except TypeError as e:
    print(e)
a, b = b, a
print(a, b)
try:
    p, q = [1, 2, 3]
except Exception as e:
    print(type(e).__name__ + ':', e)

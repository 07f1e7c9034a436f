# sequence patterns: fixed length, star in middle, nested sequences, str/bytes not matched as sequences, tuples vs lists
def shape(seq):
    match seq:
        case ():
            return "empty"
        case (x,):
            return f"one: {x}"
        case [first, *_, last] if first == last:
            return f"bookends {first}"
        case [(a, b), (c, d)]:
            return f"two pairs sum={a + b + c + d}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *middle, last]:
            return f"{first}..{last} with {len(middle)} inside"
        case _:
            return f"not a sequence: {type(seq).__name__}"
for s in [[], (), [1], "a", [3, 5, 3], [(1, 2), (3, 4)], [1, 2], (1, 2, 3, 4), range(5), "hello", b"ab", {1: 2}, iter([1])]:
    print(repr(s)[:20], "->", shape(s))
def total(tree):
    match tree:
        case [left, right]:
            return total(left) + total(right)
        case int(n):
            return n
print(total([[1, [2, 3]], [4, [5, [6, 7]]]]))

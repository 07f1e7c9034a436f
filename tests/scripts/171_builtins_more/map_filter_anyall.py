# map/filter with lambdas, builtins and None; any/all on empty and short-circuiting generators
raw = ["3", " 17", "x", "42 ", "", "-8"]
clean = list(map(str.strip, raw))
nums = list(map(int, filter(lambda s: s.lstrip("-").isdigit(), clean)))
print(clean, nums, list(filter(None, clean)), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")), list(map(len, ["a", "bb"])))
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(x > 40 for x in nums), all(x > 0 for x in nums))
checked = []
def big(x):
    checked.append(x)
    return x > 10
print(any(big(x) for x in nums), checked)
checked.clear()
print(all(big(x) for x in [20, 30, 5, 40]), checked)
m = map(str.upper, ["a", "b"])
print(next(m), list(m), list(m))
evens = filter(lambda n: n % 2 == 0, range(10))
print(sum(evens), sum(evens))
print(list(map(int, ["1", "2", "three"])))

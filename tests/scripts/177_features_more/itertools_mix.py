# itertools: chain, groupby, accumulate, product, permutations, combinations, islice, tee, zip_longest, pairwise
import itertools as it
import operator

print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3]])))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda s: s[0])
print([(k, list(g)) for k, g in it.groupby(data, key=lambda s: s[0])])
print([(k, len(list(g))) for k, g in it.groupby("aaabccdddd")])
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), range(4)))))
print(list(it.permutations([1, 2, 3], 2)))
print(list(it.combinations("abcd", 3)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.islice(it.count(10, 5), 2, 8, 2)), list(it.islice("abcdef", 3)))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.pairwise("abcd")), list(it.pairwise([1])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, "", "a"])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.repeat("x", 3)))
print(list(it.islice(it.cycle("ab"), 5)))

# itertools combinatorics and helpers: product, permutations, combinations, pairwise, zip_longest, starmap
from itertools import product, permutations, combinations, combinations_with_replacement, pairwise, zip_longest, starmap, repeat, cycle, islice, compress, filterfalse
print(list(product("ab", [1, 2])))
print(["".join(p) for p in permutations("abc", 2)])
print(list(combinations(range(4), 3)), len(list(combinations_with_replacement("xyz", 2))))
print(list(pairwise([1, 4, 9, 16])))
print(list(zip_longest("abc", [1], fillvalue="-")))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(repeat("z", 3)))
print(list(islice(cycle("AB"), 5)), list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(filterfalse(str.isdigit, "a1b2c3")))
print(sum(1 for a, b in product(range(6), repeat=2) if a + b == 7))

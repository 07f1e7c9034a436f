# tuples: single-element syntax, count/index, lexicographic comparison, hashing as dict keys, concatenation
point = (3, 4)
single = ("only",)
not_tuple = ("only")
print(type(single).__name__, type(not_tuple).__name__, len(()), point + single, point * 2, (1, 2) + ())
votes = ("yes", "no", "yes", "abstain", "yes")
print(votes.count("yes"), votes.index("no"), votes.index("yes", 1), "maybe" in votes, votes[1:3], votes[::-2])
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 99), ("a", 1) < ("a", 2), () < (0,), (1, "a") == (1, "a"))
distances = {("NY", "LA"): 2451, ("LA", "SF"): 347, ("NY", "SF"): 2572}
print(distances[("LA", "SF")], sorted(distances, key=distances.get), min(distances.items(), key=lambda kv: kv[1]))
t = tuple("abc")
print(t, tuple(range(3)), tuple({"x": 1}), tuple(x * x for x in range(4)), tuple([1, [2, 3]])[1])
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
try:
    nested[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    hash(nested)
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2).index(3)
except ValueError as e:
    print("ValueError:", e)

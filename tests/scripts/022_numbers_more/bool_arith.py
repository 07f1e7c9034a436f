# bool as int: arithmetic, sum of comparisons, indexing with bools, bitwise ops on bools, type of results
scores = [55, 78, 91, 40, 66, 100]
passed = [s >= 60 for s in scores]
print(sum(passed), passed.count(True), sum(s > 90 for s in scores), True + True + True, True * 7, False - True)
print(True & False, True | False, True ^ True, ~True, ~False, -True, type(True & True).__name__, type(True + 0).__name__)
labels = ["fail", "pass"]
print([labels[s >= 60] for s in scores], ("odd", "even")[10 % 2 == 0])
print(True / 2, True // 2, 2 ** True, divmod(True, 2), True == 1, hash(True) == hash(1), {1: "a", True: "b"})
print(int(True), float(False), str(True), bool("False"), bool(0.0), bool(-0.0), bool(0j), bool(" "), bool([[]]))
print(max(True, 1), min(0, False), sorted([True, 0, False, 1, -1]), True < 2, abs(True), round(True, 2), True.bit_length())

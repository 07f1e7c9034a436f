# mode and multimode: ties keep first-seen order, hashable non-numbers, empty data.
from statistics import mode, multimode, StatisticsError
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(["red", "blue", "blue", "red", "green", "red"]), mode("abcab"))
print(mode([2, 1, 1, 2]), mode([1.5, 2.5]), mode([(1, 2), (1, 2), (3,)]), mode(iter([None, None, 0])))
print(mode([1, True, 1.0, 2]), multimode([1, True, 2, 2]))
print(multimode("aabbbbccddddeeffffgg"), multimode([]), multimode("abc"), multimode(iter([3, 1, 3, 1, 2])))
print(multimode([0.5, 0.5, -1, -1, 7]), multimode(["x"]), multimode(range(3)))
try:
    mode([])
except StatisticsError as e:
    print(type(e).__name__ + ":", e)
try:
    mode([[1], [1]])
except TypeError as e:
    print(type(e).__name__ + ":", e)
votes = "B A C B B A C A B C C C".split()
print("winner:", mode(votes), "ties:", multimode(votes[:6]))

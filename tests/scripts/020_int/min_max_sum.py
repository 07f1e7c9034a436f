# min/max/sum over ints, with several arguments, iterables, key=, default= and start values.
nums = [5, -3, 12, 7, 0]
print(min(nums), max(nums), sum(nums))
print(min(4, 2, 8), max(4, 2, 8), min(3, 3.5), max(-1, -1.5))
print(sum(range(101)), sum([], 10), sum([1, 2, 3], 100))
print(sum(range(1, 2 ** 10)))
words = ["pear", "fig", "banana", "kiwi"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max([], default="empty"), min([4], default=0))
print(sum([0.1] * 10))
print(max((1, "b"), (1, "a"), (0, "z")))

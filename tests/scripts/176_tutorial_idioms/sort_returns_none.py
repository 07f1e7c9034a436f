# beginner mistake: assigning the result of list.sort() (None) and then indexing it
scores = [88, 42, 97, 65]
ranked = sorted(scores, reverse=True)
print("sorted() gives", ranked, "top:", ranked[0])
print("original untouched:", scores)
names = ["zed", "amy", "Bob"]
print(names.sort(), names)
print(names.append("eve"), names.reverse(), names)
words = "the quick brown fox".split()
upper = [w.upper() for w in words]
print(upper, words)
s = "hello"
print(s.upper(), s)
copy = scores.copy()
print(copy.sort() is None, copy)
result = scores.sort()
print("result is", result)
print("best score:", result[-1])

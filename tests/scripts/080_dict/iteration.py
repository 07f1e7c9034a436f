# Iterating a dict: keys(), values(), items() in insertion order; deleting and re-adding moves a key to the end.
scores = {"ann": 3, "bob": 7, "cy": 5}
for k in scores:
    print(k, scores[k])
print(list(scores.keys()), list(scores.values()), list(scores.items()))
for name, score in scores.items():
    print(f"{name}={score}")
del scores["ann"]
scores["ann"] = 1
print(scores)
print(sorted(scores.items(), key=lambda kv: kv[1]))
print(max(scores, key=scores.get))
print(sum(scores.values()), len(scores.keys()))

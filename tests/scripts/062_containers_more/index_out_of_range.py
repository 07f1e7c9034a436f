# off-by-one loop over a list with range(len + 1): IndexError escapes after the valid items
scores = [88, 92, 75]
total = 0
for i in range(len(scores) + 1):
    total += scores[i]
    print(i, scores[i], total)

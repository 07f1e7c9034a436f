# a comprehension's inner loop may not rebind an assignment expression target
data = [1, 2, 3]
print("never printed")
pairs = [i for i in data if (j := i) for j in range(2)]

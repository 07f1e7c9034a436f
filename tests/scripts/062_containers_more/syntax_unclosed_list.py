# SyntaxError: a list literal whose bracket is never closed
colors = ["red",
          "green",
          "blue"
print(colors)
for c in colors:
    print(c)

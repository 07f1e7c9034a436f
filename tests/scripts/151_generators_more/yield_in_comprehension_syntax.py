# yield inside a list comprehension is a SyntaxError in Python 3.8+
def squares(n):
    print("not reached")
    return [(yield i * i) for i in range(n)]

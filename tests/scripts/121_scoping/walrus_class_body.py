# walrus in a comprehension binds in the enclosing function; in a class body it is a SyntaxError at the target
def scan(values):
    hits = [v for v in values if (last := v) > 1]
    return hits, last
print(scan([1, 2, 3]))
class Config:
    names = ["a", "b"]
    upper = [(u := n.upper()) for n in names]

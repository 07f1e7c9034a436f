# ValueError/TypeError messages for unpacking mismatches
def run(code):
    try:
        exec(code, {})
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

run("a, b = [1, 2, 3]")
run("a, b, c = (1, 2)")
run("a, b = 1,")
run("a, b = 5")
run("a, b = None")
run("a, *b, c = [1]")
run("a, (b, c) = 1, (2, 3, 4)")
run("for x, y in [(1, 2), (3,)]: pass")
run("a, b = 'xyz'")
run("a, b = {1: 2}")
run("[a] = []")
run("a, b = iter(range(10))")
run("*a, b, c, d = range(2)")

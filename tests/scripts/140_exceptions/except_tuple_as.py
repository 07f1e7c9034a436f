# except (A, B) as e, the order of except clauses, catching a base class, and `e` being unset after the block.
def risky(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "type":
        return 1 + "a"
    return "fine"

for kind in ["key", "index", "type", "none"]:
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print("lookup problem:", type(e).__name__, e)
    except Exception as e:
        print("other:", type(e).__name__, e)
try:
    [1][5]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    raise KeyError("x")
except KeyError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError", e)

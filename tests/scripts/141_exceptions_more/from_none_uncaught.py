# uncaught exception raised with "from None": only the last traceback is shown
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry for {key}") from None
table = {"a": 1}
print(lookup(table, "a"))
lookup(table, "b")

# raise ... from None suppresses the context: only the new exception's traceback is printed
def lookup(table, name):
    try:
        return table[name]
    except KeyError:
        raise AttributeError(f"no field {name}") from None


row = {"id": 3}
print(lookup(row, "id"))
lookup(row, "name")

# two expressions side by side in a list: "Perhaps you forgot a comma?"
first = ["ann", "bob" "cy"]
print(first)


def count(items):
    return len(items)


names = ["ann", "bob" "cy", "dee" 5]
print(count(names))

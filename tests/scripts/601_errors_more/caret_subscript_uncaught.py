# traceback carets for a failing nested subscript and a call on its result
data = {"users": [{"name": "ann"}, {"name": "bob"}]}


def first_names(d):
    return [u["name"] for u in d["users"]]


print(first_names(data))
print(data["users"][1]["name"])
print(data["users"][2]["name"].upper())

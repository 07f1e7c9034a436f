# Builtin methods and functions check their argument counts and keywords, with CPython's messages.
calls = [
    ("[].clear(5)", lambda: [].clear(5)),
    ("[].copy(1, 2)", lambda: [].copy(1, 2)),
    ("[].append()", lambda: [].append()),
    ("[].append(x=1)", lambda: [].append(x=1)),
    ("[].insert(1)", lambda: [].insert(1)),
    ("[].insert(i=1, x=2)", lambda: [].insert(i=1, x=2)),
    ("[].pop(1, 2)", lambda: [].pop(1, 2)),
    ("[].index()", lambda: [].index()),
    ("[].reverse(1)", lambda: [].reverse(1)),
    ("list.append()", lambda: list.append()),
    ("{}.get()", lambda: {}.get()),
    ("{}.keys(1)", lambda: {}.keys(1)),
    ("{}.popitem(1)", lambda: {}.popitem(1)),
    ("{}.setdefault()", lambda: {}.setdefault()),
    ("dict.fromkeys()", lambda: dict.fromkeys()),
    ("set().add()", lambda: set().add()),
    ("set().pop(1)", lambda: set().pop(1)),
    ("set().issubset()", lambda: set().issubset()),
    ("set().union(x=1)", lambda: set().union(x=1)),
    ("(1,).count()", lambda: (1,).count()),
    ("(1,).index()", lambda: (1,).index()),
    ("'a'.upper(1)", lambda: 'a'.upper(1)),
    ("'a'.upper(x=1)", lambda: 'a'.upper(x=1)),
    ("'a'.join()", lambda: 'a'.join()),
    ("'a'.find()", lambda: 'a'.find()),
    ("'a'.find(1, 2, 3, 4)", lambda: 'a'.find(1, 2, 3, 4)),
    ("'a'.find(x=1)", lambda: 'a'.find(x=1)),
    ("'a'.startswith()", lambda: 'a'.startswith()),
    ("'a'.strip(1, 2)", lambda: 'a'.strip(1, 2)),
    ("'a'.center(1, 2, 3)", lambda: 'a'.center(1, 2, 3)),
    ("'a'.replace('a')", lambda: 'a'.replace('a')),
    ("'a'.zfill()", lambda: 'a'.zfill()),
    ("'a'.partition()", lambda: 'a'.partition()),
    ("len()", lambda: len()),
    ("len(x=1)", lambda: len(x=1)),
    ("abs(x=1)", lambda: abs(x=1)),
    ("getattr()", lambda: getattr()),
    ("hasattr(1)", lambda: hasattr(1)),
    ("setattr(1)", lambda: setattr(1)),
    ("divmod(1)", lambda: divmod(1)),
    ("isinstance(1)", lambda: isinstance(1)),
    ("globals(1)", lambda: globals(1)),
    ("reversed()", lambda: reversed()),
    ("filter()", lambda: filter()),
    ("iter(x=1)", lambda: iter(x=1)),
    ("hex()", lambda: hex()),
    ("format()", lambda: format()),
]
for text, call in calls:
    try:
        call()
        print(text, "-> no error")
    except TypeError as e:
        print(text, "->", e)

items = [3, 1, 2]
items.clear(0)

# A match statement CPython refuses to compile.
print('never printed')
match 1:
    case _:
        pass
    case 2:
        pass

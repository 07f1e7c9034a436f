# A match statement CPython refuses to compile.
print('never printed')
match 1
    case 1:
        pass

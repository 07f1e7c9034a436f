# A match statement CPython refuses to compile.
print('never printed')
match 1:
    case x:
        pass
    case 2:
        pass

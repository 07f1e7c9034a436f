# A match statement CPython refuses to compile.
print('never printed')
match (1, 2):
    case (a, a):
        pass

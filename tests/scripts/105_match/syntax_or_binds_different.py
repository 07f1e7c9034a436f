# A match statement CPython refuses to compile.
print('never printed')
match (1, 2):
    case (1, a) | (b, 2):
        pass

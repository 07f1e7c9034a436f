# A match statement CPython refuses to compile.
print('never printed')
match 1:
    case int(real=1, real=2):
        pass

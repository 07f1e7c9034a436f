# A match statement CPython refuses to compile.
print('never printed')
match {}:
    case {'k': 1, 'k': 2}:
        pass

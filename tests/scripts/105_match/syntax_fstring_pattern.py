# A match statement CPython refuses to compile.
print('never printed')
match 'x':
    case f'x':
        pass

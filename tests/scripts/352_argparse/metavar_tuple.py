# metavar: strings and tuples in usage and help; a tuple that does not fit nargs is a ValueError at add_argument.
import argparse

p = argparse.ArgumentParser(prog='meta')
p.add_argument('--point', nargs=2, metavar=('X', 'Y'), type=float)
p.add_argument('--range', nargs='*', metavar=('LOW', 'HIGH'))
p.add_argument('--files', nargs='+', metavar=('FIRST', 'MORE'))
p.add_argument('--one', nargs='?', metavar=('ONLY',))
p.add_argument('--name', metavar='<name>')
p.add_argument('target', metavar='TARGET')
print(p.parse_args(['--point', '1', '2.5', 'T']))
p.print_help()
for kwargs in ({'nargs': 2, 'metavar': ('A', 'B', 'C')}, {'metavar': ('A', 'B')}, {'nargs': '+', 'metavar': ('A',)},
               {'nargs': 'x'}, {'nargs': 3, 'metavar': ('A',)}):
    try:
        p.add_argument('--bad', **kwargs)
    except ValueError as e:
        print('ValueError:', e)

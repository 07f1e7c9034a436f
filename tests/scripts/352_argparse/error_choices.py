# choices: "invalid choice: 'x' (choose from 'a', 'b')" with reprs of the choices; checked after type conversion.
import argparse

p = argparse.ArgumentParser(prog='pick')
p.add_argument('color', choices=['red', 'green', 'blue'])
p.add_argument('--level', type=int, choices=range(1, 4))
p.add_argument('--many', nargs='+', choices='abc')
print(p.parse_args(['red', '--level', '2', '--many', 'a', 'c']))
for argv in (['pink'], ['red', '--level', '7'], ['red', '--many', 'a', 'd'], ['red', '--level', 'x']):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
p.print_help()

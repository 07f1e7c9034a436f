# Too few strings for an option: expected one argument / at least one / N arguments; an option ends another's list.
import argparse

p = argparse.ArgumentParser(prog='na')
p.add_argument('--one')
p.add_argument('--many', nargs='+')
p.add_argument('--pair', nargs=2)
p.add_argument('--single', nargs=1)
p.add_argument('--flag', action='store_true')
for argv in (['--one'], ['--one', '--flag'], ['--many'], ['--many', '--flag'], ['--pair', 'a'],
             ['--single'], ['--pair', 'a', 'b', 'c'], ['--flag=yes'], ['--many', 'a', 'b', '--pair', '1', '2']):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)

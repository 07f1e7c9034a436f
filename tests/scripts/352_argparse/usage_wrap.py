# A usage line too long for 78 columns wraps at whole items, options first, continuation lines aligned after the prog.
import argparse

p = argparse.ArgumentParser(prog='wrapper')
for name in ('alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'):
    p.add_argument('--' + name, metavar=name.upper() + '_VALUE')
p.add_argument('-x', action='store_true')
g = p.add_mutually_exclusive_group()
g.add_argument('--left', action='store_true')
g.add_argument('--right', action='store_true')
p.add_argument('source')
p.add_argument('destinations', nargs='+')
p.add_argument('extra', nargs='*')
p.print_usage()
p.print_help()
only_pos = argparse.ArgumentParser(prog='positional-only', add_help=False)
for i in range(9):
    only_pos.add_argument('argument_number_%d' % i)
only_pos.print_usage()

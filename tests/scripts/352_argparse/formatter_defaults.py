# ArgumentDefaultsHelpFormatter adds "(default: ...)" to options and to '?'/'*' positionals, not where it makes no sense.
import argparse

p = argparse.ArgumentParser(prog='defs', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--size', type=int, default=10, help='the size')
p.add_argument('--name', help='no default given')
p.add_argument('--already', default='x', help='has %(default)s already')
p.add_argument('--hidden-default', default=argparse.SUPPRESS, help='suppressed default')
p.add_argument('--nohelp', default=3)
p.add_argument('--flag', action='store_true', help='a flag')
p.add_argument('req', help='required positional')
p.add_argument('opt', nargs='?', default='o', help='optional positional')
p.add_argument('many', nargs='*', default=[1, 2], help='list positional')
p.print_help()

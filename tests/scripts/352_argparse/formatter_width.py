# Other widths and help positions through HelpFormatter's arguments (width, max_help_position, indent_increment).
import argparse

def make(**kwargs):
    p = argparse.ArgumentParser(prog='narrow', description='A description that wraps at the narrow width given.',
                                formatter_class=lambda prog: argparse.HelpFormatter(prog, **kwargs))
    p.add_argument('--alpha', metavar='A', help='alpha help text that is long')
    p.add_argument('--beta-option', help='beta')
    p.add_argument('--gamma', nargs='+')
    p.add_argument('target', help='where')
    sub = p.add_subparsers(help='subcommands', dest='cmd')
    sub.add_parser('run', help='run it now')
    return p

for kwargs in ({'width': 40}, {'width': 30, 'max_help_position': 10}, {'width': 60, 'indent_increment': 4},
               {'width': 100, 'max_help_position': 40}, {'width': 10}):
    print(kwargs)
    make(**kwargs).print_help()

# The built-in actions: store_const, store_true/false, append, append_const, extend and count; default lists are copied.
import argparse

p = argparse.ArgumentParser(prog='act')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--yes', action='store_true')
p.add_argument('--no', action='store_false')
p.add_argument('--item', action='append')
p.add_argument('--pair', action='append', nargs=2)
p.add_argument('--str', dest='types', action='append_const', const=str)
p.add_argument('--int', dest='types', action='append_const', const=int)
p.add_argument('--ext', action='extend', nargs='+', type=int)
p.add_argument('-v', action='count', default=0)
keep = ['base']
p.add_argument('--tag', action='append', default=keep)
print(p.parse_args([]))
print(p.parse_args(['--const', '--yes', '--no', '--item', 'a', '--item', 'b', '--pair', '1', '2']))
print(p.parse_args(['--str', '--int', '--str', '--ext', '1', '2', '--ext', '3', '-vvv', '-v']))
print(p.parse_args(['--tag', 'x', '--tag', 'y']), keep)
print(p.parse_args(['--tag', 'z']).tag, keep)
p.print_help()

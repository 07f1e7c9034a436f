# parse_args with explicit lists: positionals, options with types, defaults and the resulting Namespace.
import argparse

p = argparse.ArgumentParser(prog='calc')
p.add_argument('x', type=int)
p.add_argument('y', type=float)
p.add_argument('--op', default='add')
p.add_argument('-n', '--name', dest='label')
p.add_argument('--scale', type=int, default='10')
print(p.parse_args(['1', '2.5']))
print(p.parse_args(['--op', 'mul', '3', '4', '-n', 'hello']))
print(p.parse_args(['5', '--scale=7', '6', '--name=bob']))
args = p.parse_args(['-nzed', '7', '8', '--op=sub'])
print(args.x + args.y, args.op, args.label, args.scale, type(args.scale).__name__)
print(p.parse_args(('9', '10')).y)

# set_defaults in subparsers: dispatching through a func default; a subparser's defaults override the parent's.
import argparse

def do_add(args):
    return args.a + args.b

def do_neg(args):
    return -args.value

p = argparse.ArgumentParser(prog='calc')
p.set_defaults(shared='parent', func=None)
sub = p.add_subparsers()
add = sub.add_parser('add')
add.add_argument('a', type=int)
add.add_argument('b', type=int)
add.set_defaults(func=do_add, shared='child')
neg = sub.add_parser('neg')
neg.add_argument('value', type=float)
neg.set_defaults(func=do_neg)
for argv in (['add', '2', '3'], ['neg', '1.5'], []):
    args = p.parse_args(argv)
    print(sorted(vars(args)), args.shared, args.func(args) if args.func else 'no command')
ns = argparse.Namespace(shared='preset')
print(p.parse_args(['add', '1', '1'], namespace=ns).shared)

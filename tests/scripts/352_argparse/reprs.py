# reprs: actions (with their private class names), ArgumentParser, FileType, and the module's constants.
import argparse

p = argparse.ArgumentParser(prog='rp', description='d')
print(p)
print(p.add_argument('--num', type=int, default=3, help='n'))
print(p.add_argument('-q', action='store_true'))
print(p.add_argument('--c', action='count'))
print(p.add_argument('--ap', action='append_const', const=1))
print(p.add_argument('--b', action=argparse.BooleanOptionalAction))
print(p.add_argument('pos', nargs='+', choices=['a', 'b']))
print(p.add_argument('--version', action='version', version='1'))
print(p._actions[0])
sub = p.add_subparsers(dest='cmd')
print(type(sub).__name__, sub.dest, sub.nargs, sub.choices)
print(argparse.FileType('w'), argparse.FileType(), argparse.FileType('rb', 0, encoding='utf-8', errors='strict'))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE, argparse.PARSER, argparse.REMAINDER)
print(sorted(argparse.__all__))
print(issubclass(argparse.RawTextHelpFormatter, argparse.RawDescriptionHelpFormatter), issubclass(argparse.ArgumentError, Exception))

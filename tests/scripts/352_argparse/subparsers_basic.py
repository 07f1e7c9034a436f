# Subcommands: add_subparsers(dest=, help=), add_parser(help=), parsing into one Namespace, the help of both levels.
import argparse

p = argparse.ArgumentParser(prog='git-ish')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='the command to run')
clone = sub.add_parser('clone', help='copy a repository')
clone.add_argument('url')
clone.add_argument('--depth', type=int)
commit = sub.add_parser('commit', help='record changes')
commit.add_argument('-m', '--message', required=True)
sub.add_parser('status')
print(p.parse_args(['clone', 'http://x', '--depth', '1']))
print(p.parse_args(['--debug', 'commit', '-m', 'msg']))
print(p.parse_args(['status']))
print(p.parse_args([]))
p.print_help()
for argv in (['clone', '-h'], ['commit']):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)

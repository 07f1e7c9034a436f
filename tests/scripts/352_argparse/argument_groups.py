# Argument groups: titles and descriptions in the help, group order, arguments parsed as usual; a title-less group.
import argparse

p = argparse.ArgumentParser(prog='groups', description='Shows groups.')
p.add_argument('--top', help='an ordinary option')
inp = p.add_argument_group('input', 'Where the data comes from.')
inp.add_argument('--file', help='read this file')
inp.add_argument('source', help='a positional in a group')
out = p.add_argument_group(title='output')
out.add_argument('-o', '--out', help='write here')
untitled = p.add_argument_group(description='A group with no title.')
untitled.add_argument('--raw', action='store_true')
empty = p.add_argument_group('empty group', 'never shown')
print(p.parse_args(['src', '--file', 'f', '-o', 'o', '--raw']))
p.print_help()
print(len(p._action_groups), [g.title for g in p._action_groups])

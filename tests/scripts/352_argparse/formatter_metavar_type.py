# MetavarTypeHelpFormatter names arguments by their type's __name__ in usage and help.
import argparse

def celsius(text):
    return float(text)

p = argparse.ArgumentParser(prog='mt', formatter_class=argparse.MetavarTypeHelpFormatter)
p.add_argument('--count', type=int, help='how many')
p.add_argument('--temp', type=celsius, nargs=2)
p.add_argument('--name', type=str, metavar='NAME')
p.add_argument('value', type=float)
p.add_argument('rest', type=str, nargs='*')
p.print_help()
print(p.parse_args(['1.5', '--temp', '1', '2']))
q = argparse.ArgumentParser(prog='mt2', formatter_class=argparse.MetavarTypeHelpFormatter)
q.add_argument('--untyped')
try:
    q.format_help()
except AttributeError as e:
    print('AttributeError:', e)

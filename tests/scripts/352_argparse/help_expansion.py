# %-expansion in help strings: %(default)s, %(type)s, %(choices)s, %(prog)s, %(dest)s, %(const)s, %(metavar)s, %%.
import argparse

def positive(text):
    return int(text)

p = argparse.ArgumentParser(prog='expand')
p.add_argument('--n', type=int, default=5, help='a %(type)s, default %(default)s, 100%%')
p.add_argument('--mode', choices=['a', 'b'], default='a', help='one of %(choices)s (%(default)r)')
p.add_argument('--p', type=positive, help='uses %(type)s in %(prog)s')
p.add_argument('--c', action='store_const', const=[1, 2], dest='target', help='const %(const)s dest %(dest)s')
p.add_argument('--m', metavar='M', help='metavar %(metavar)s nargs %(nargs)s required %(required)s')
p.add_argument('--s', default=argparse.SUPPRESS, help='suppressed default: %(dest)s')
p.add_argument('--f', type=float, default=0.5, help='%(default).2f with width %(default)8s|')
p.print_help()
q = argparse.ArgumentParser(prog='bad')
q.add_argument('--s', default=argparse.SUPPRESS, help='%(default)s')
try:
    q.format_help()
except KeyError as e:
    print('KeyError', e)

# prefix_chars: '+' options and a '+h/++help' option, '-+' mixing, '/' options; dest from the longest prefix form.
import argparse

p = argparse.ArgumentParser(prog='plus', prefix_chars='+')
p.add_argument('+f', '++foo')
p.add_argument('++bar-baz', action='store_true')
p.add_argument('pos', nargs='*')
print(p.parse_args(['+f', '1', '++bar-baz', '-x', '--y']))
p.print_help()
q = argparse.ArgumentParser(prog='mixed', prefix_chars='-+')
q.add_argument('+x', action='store_true')
q.add_argument('-x', action='store_false', dest='minus_x')
print(q.parse_args(['+x', '-x']))
q.print_usage()
r = argparse.ArgumentParser(prog='slash', prefix_chars='/')
r.add_argument('/v', '//verbose', action='store_true')
print(r.parse_args(['//verb']))
try:
    r.add_argument('/x', '-y')
except ValueError as e:
    print('ValueError:', e)

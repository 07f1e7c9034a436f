# Mistakes when defining arguments raise ValueError/TypeError with CPython's messages.
import argparse

p = argparse.ArgumentParser(prog='bad')
cases = [
    (('x',), {'dest': 'y'}),
    (('x',), {'required': True}),
    (('--s',), {'nargs': 0}),
    (('--a',), {'action': 'append', 'nargs': 0}),
    (('--c',), {'const': 1}),
    (('--u',), {'action': 'unknown'}),
    (('--',), {}),
    (('-',), {}),
    (('--t',), {'type': argparse.FileType}),
    (('--k',), {'action': 'store_true', 'nargs': 1}),
]
for args, kwargs in cases:
    try:
        p.add_argument(*args, **kwargs)
        print('accepted', args, kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
g = p.add_mutually_exclusive_group()
try:
    g.add_argument('--r', required=True)
except ValueError as e:
    print('ValueError:', e)
try:
    g.add_argument('pos')
except ValueError as e:
    print('ValueError:', e)
print(p.add_argument('---x').dest, p.add_argument('-y', '--why-not').dest, p.add_argument('-z', '-Z').dest)

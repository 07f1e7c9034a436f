# str.format: field-name parsing errors, nested specs, conversions and numbering, as CPython's MarkupIterator
cases = ['{99999999999999999999}', '{0[99999999999999999999]}', '{:{}}', '{:{:{}}}', '{0.}', '{0[]}', '{0[0]x}', '{0!r', '{0!', '{0:', '{', '}', '{0!ä}', '{0!a}', '{0!rx}', '{0[}', '{a{}', '{0]}', '{!r:>{}}', '{0:{1}}', '{0[a.b]}', '{0.real.imag}', 'x{{y}}z', '{0[1]}', '{0[-1]}', '{0:}}', '{0:{{}}}', '{٠}', '{0!}']
for c in cases:
    for args in [(3, 4, 5), ([1, 2],), ({'a.b': 7, 'a{': 8},)]:
        try:
            print(repr(c), args, '->', repr(c.format(*args)))
        except Exception as e:
            print(repr(c), args, '->', type(e).__name__ + ':', e)
for c in ['{a}', '{0}', '{}', '{a.x}']:
    try: print(c.format_map({'a': 1}))
    except Exception as e: print(type(e).__name__ + ':', e)
try: print('{a}'.format(b=1))
except Exception as e: print(type(e).__name__ + ':', e)
print('{0}{1}{0}'.format('x', 'y'), '{}{}'.format(1, 2), '{x}{}'.format(1, x=2))
try: print('{}{0}'.format(1, 2))
except Exception as e: print(type(e).__name__ + ':', e)
try: print('{0}{}'.format(1, 2))
except Exception as e: print(type(e).__name__ + ':', e)

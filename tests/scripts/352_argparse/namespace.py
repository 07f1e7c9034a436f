# Namespace: keyword construction, repr in insertion order (non-identifiers as **{}), equality, `in`, vars().
import argparse

ns = argparse.Namespace(b=2, a=1)
print(ns, ns.a, ns.b)
print('a' in ns, 'c' in ns)
print(ns == argparse.Namespace(a=1, b=2), ns != argparse.Namespace(a=1), ns == {'a': 1, 'b': 2})
setattr(ns, 'with-dash', 3)
setattr(ns, 'x y', [1])
print(ns)
print(vars(ns))
ns.c = None
del ns.b
print(ns, sorted(vars(ns)))
print(argparse.Namespace())
print(repr(argparse.Namespace(s='text', l=[1, 'a'], t=(None,))))
p = argparse.ArgumentParser()
p.add_argument('--foo-bar')
existing = argparse.Namespace(foo_bar='kept', other=1)
result = p.parse_args([], namespace=existing)
print(result is existing, result)
print(p.parse_args(['--foo-bar', 'new'], namespace=argparse.Namespace(other=2)))

# Custom Action subclasses: __call__ gets parser, namespace, values and option_string; format_usage; repr; raising errors.
import argparse

class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        print('called', option_string, values, type(namespace).__name__)
        setattr(namespace, self.dest, [v.upper() for v in values] if isinstance(values, list) else values.upper())

class KeyValue(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs='+', **kwargs)
    def __call__(self, parser, namespace, values, option_string=None):
        pairs = dict(getattr(namespace, self.dest) or {})
        for item in values:
            if '=' not in item:
                raise argparse.ArgumentError(self, 'expected KEY=VALUE, got %r' % item)
            key, _, value = item.partition('=')
            pairs[key] = value
        setattr(namespace, self.dest, pairs)

p = argparse.ArgumentParser(prog='custom')
print(p.add_argument('--up', action=Upper))
p.add_argument('names', action=Upper, nargs='*')
p.add_argument('--set', action=KeyValue, metavar='KEY=VALUE', help='set keys')
print(p.parse_args(['--up', 'abc', 'x', 'y', '--set', 'a=1', 'b=2', '--set', 'a=3']))
try:
    p.parse_args(['--set', 'oops'])
except SystemExit as e:
    print('exit', e.code)
p.print_help()
try:
    argparse.Action(['--z'], 'z')(p, argparse.Namespace(), 'v')
except NotImplementedError as e:
    print('NotImplementedError', e)

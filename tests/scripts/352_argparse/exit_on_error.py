# exit_on_error=False: ArgumentError propagates (its str, argument_name, message) instead of exiting; ArgumentTypeError text.
import argparse

def even(text):
    n = int(text)
    if n % 2:
        raise argparse.ArgumentTypeError('%d is not even' % n)
    return n

p = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
p.add_argument('--n', type=even)
p.add_argument('--c', choices=['a', 'b'])
p.add_argument('pos', nargs='?')
for argv in (['--n', '3'], ['--n', 'x'], ['--c', 'z'], ['--n']):
    try:
        p.parse_args(argv)
    except argparse.ArgumentError as e:
        print(type(e).__name__, '|', e, '|', e.argument_name, '|', e.message)
for argv in (['a', 'b'], ['--req-missing']):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)
print(argparse.ArgumentError(None, 'plain message'), isinstance(argparse.ArgumentTypeError('x'), Exception))

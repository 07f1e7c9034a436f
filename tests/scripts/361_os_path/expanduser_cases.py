# os.path.expanduser with $HOME set to fixed values (named users other than unknown ones are not tried)
import os

os.environ['HOME'] = '/home/tester'
for p in ['~', '~/', '~/docs/file.txt', 'a/~', '~~', '', '/abs/~x', '~no_such_user_here/x', '~no_such_user_here']:
    print(f'{p!r:24} {os.path.expanduser(p)!r}')
print(os.path.expanduser(b'~/x'), os.path.expanduser(b'x~'))
os.environ['HOME'] = '/home/tester/'
print(os.path.expanduser('~/x'), os.path.expanduser('~'))
os.environ['HOME'] = '/'
print(os.path.expanduser('~'), os.path.expanduser('~/x'))
os.environ['HOME'] = ''
print(repr(os.path.expanduser('~')), os.path.expanduser('~/x'))
for bad in [None, 7]:
    try:
        os.path.expanduser(bad)
    except TypeError as e:
        print(type(e).__name__, e)

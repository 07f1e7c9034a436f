# os.environ as a mapping of str to str: set, read, test, delete
import os

os.environ['APP_MODE'] = 'testing'
os.environ['APP_LEVEL'] = '3'
print(os.environ['APP_MODE'], os.environ['APP_LEVEL'])
print('APP_MODE' in os.environ, 'APP_MISSING' in os.environ)
try:
    42 in os.environ
except TypeError as e:
    print(type(e).__name__, e)
print(os.environ.get('APP_MISSING'), os.environ.get('APP_MISSING', 'fallback'))

level = int(os.environ['APP_LEVEL']) + 1
os.environ['APP_LEVEL'] = str(level)
print('level now', os.environ['APP_LEVEL'])

del os.environ['APP_MODE']
print('APP_MODE' in os.environ)
try:
    del os.environ['APP_MODE']
except KeyError as e:
    print(type(e).__name__, e)
try:
    os.environ['APP_MODE']
except KeyError as e:
    print(type(e).__name__, e)

names = sorted(k for k in os.environ if k.startswith('APP_'))
print(names, len(os.environ) >= 1)
os.environ['APP_EMPTY'] = ''
print(repr(os.environ['APP_EMPTY']), 'APP_EMPTY' in os.environ)
os.environ['APP_TEXT'] = 'héllo wörld'
print(os.environ['APP_TEXT'], os.environb[b'APP_TEXT'])

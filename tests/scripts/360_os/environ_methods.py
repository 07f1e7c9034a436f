# the dict-like methods of os.environ and os.environb
import os

for key in ['CFG_A', 'CFG_B', 'CFG_C']:
    os.environ.pop(key, None)
os.environ.update({'CFG_A': 'alpha'}, CFG_B='beta')
os.environ.update([('CFG_C', 'gamma')])
print(sorted((k, v) for k, v in os.environ.items() if k.startswith('CFG_')))
print(sorted(v for v in os.environ.values() if v in ('alpha', 'beta', 'gamma')))
print(os.environ.setdefault('CFG_A', 'other'), os.environ.setdefault('CFG_D', 'delta'))
print(os.environ.pop('CFG_D'), os.environ.pop('CFG_D', 'gone'))
try:
    os.environ.pop('CFG_D')
except KeyError as e:
    print('KeyError', e)

snapshot = os.environ.copy()
print(type(snapshot).__name__, snapshot['CFG_A'])
snapshot['CFG_A'] = 'changed'
print(os.environ['CFG_A'], snapshot == os.environ, dict(os.environ) == os.environ)

merged = os.environ | {'CFG_X': 'x'}
print(type(merged).__name__, merged['CFG_X'], 'CFG_X' in os.environ)
os.environ |= {'CFG_X': 'xx'}
print(os.environ['CFG_X'])

print(repr(os.environ)[:9], type(os.environ).__name__)
print(os.environb[b'CFG_B'], b'CFG_B' in os.environb)
os.environb[b'CFG_BYTES'] = b'raw'
print(os.environ['CFG_BYTES'])
del os.environb[b'CFG_BYTES']
print('CFG_BYTES' in os.environ)
print(sorted(k for k in os.environ.keys() if k.startswith('CFG_')))

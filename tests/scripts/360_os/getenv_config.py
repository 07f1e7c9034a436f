# reading configuration from the environment with os.getenv and defaults
import os


def setting(name, default, convert=str):
    raw = os.getenv(name)
    if raw is None:
        return default
    try:
        return convert(raw)
    except ValueError:
        print(f'bad value for {name}: {raw!r}, using {default!r}')
        return default


for key in ['SVC_PORT', 'SVC_DEBUG', 'SVC_NAME', 'SVC_WORKERS']:
    os.environ.pop(key, None)
print(setting('SVC_PORT', 8080, int), setting('SVC_NAME', 'svc'))
os.environ['SVC_PORT'] = '9000'
os.environ['SVC_WORKERS'] = 'many'
os.environ['SVC_DEBUG'] = 'yes'
print(setting('SVC_PORT', 8080, int), setting('SVC_WORKERS', 4, int), setting('SVC_DEBUG', False, lambda s: s == 'yes'))
print(os.getenv('SVC_NAME', 'unnamed'), os.getenv('SVC_PORT', 'unused'))
print(os.getenvb(b'SVC_PORT'), os.getenvb(b'SVC_NONE', b'dflt'))
os.unsetenv('SVC_PORT')
print(os.getenv('SVC_PORT'))
os.putenv('SVC_HIDDEN', 'x')
print(os.getenv('SVC_HIDDEN'))

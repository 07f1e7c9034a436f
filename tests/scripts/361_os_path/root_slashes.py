# '/', '//' and '///': POSIX keeps exactly two leading slashes in normpath, other functions keep them as given
import os.path

for p in ['/', '//', '///', '////', '//a', '///a', '//a//b']:
    print(f'{p!r:8} split={os.path.split(p)!r:16} dir={os.path.dirname(p)!r:7} norm={os.path.normpath(p)!r:7} '
          f'abs={os.path.abspath(p)!r:7} isabs={os.path.isabs(p)} join={os.path.join(p, "x")!r}')
print(os.path.commonpath(['//a', '//b']), os.path.commonpath(['/a', '/b']), os.path.relpath('//a', '/'))
print(os.path.realpath('//'), os.path.realpath('///tmp/..'), os.path.ismount('//'))

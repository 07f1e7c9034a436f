# os.get_exec_path and the path separator constants
import os

print(os.get_exec_path({'PATH': '/opt/bin:/usr/bin'}))
print(os.get_exec_path({'PATH': ''}))
print(os.get_exec_path({}))
print(os.get_exec_path({b'PATH': b'/b1:/b2'}))
saved = os.environ.get('PATH')
os.environ['PATH'] = '/x:/y'
print(os.get_exec_path())
os.environ['PATH'] = saved
print(os.pathsep, os.defpath, repr(os.altsep), os.extsep)

# how each function treats trailing slashes
import os.path

for p in ['dir/', 'dir//', '/a/b/', 'a/b.txt/', '/', './/']:
    print(repr(p))
    print('   basename', repr(os.path.basename(p)), 'dirname', repr(os.path.dirname(p)))
    print('   split', os.path.split(p), 'splitext', os.path.splitext(p))
    print('   normpath', repr(os.path.normpath(p)), 'basename of rstrip', repr(os.path.basename(p.rstrip('/'))))
    print('   join', repr(os.path.join(p, 'x')), 'commonpath', repr(os.path.commonpath([p, p + 'x'])))

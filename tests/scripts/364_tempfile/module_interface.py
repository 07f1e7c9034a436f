# what tempfile exports, and the generic aliases of its classes
import tempfile

print(sorted(tempfile.__all__))
print(tempfile.template, tempfile.TMP_MAX >= 10000)
print(tempfile.TemporaryDirectory[str], tempfile.SpooledTemporaryFile[bytes])
for name in ['mkstemp', 'mkdtemp', 'mktemp', 'gettempdir', 'gettempdirb', 'gettempprefix', 'gettempprefixb',
             'TemporaryFile', 'NamedTemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory']:
    print(name, callable(getattr(tempfile, name)))

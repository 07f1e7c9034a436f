# shutil's exception classes and how a caller tells them apart
import shutil

for cls in [shutil.Error, shutil.SameFileError, shutil.SpecialFileError, shutil.ExecError, shutil.ReadError,
            shutil.RegistryError]:
    print(cls.__name__, [base.__name__ for base in cls.__mro__[1:-1]])
print(issubclass(shutil.SameFileError, OSError), issubclass(shutil.RegistryError, OSError))
err = shutil.Error([('a', 'b', 'boom')])
print(err, err.args, isinstance(err, OSError))
try:
    raise shutil.SameFileError("'x' and 'x' are the same file")
except shutil.Error as e:
    print('caught as Error:', type(e).__name__, e)
print(shutil.COPY_BUFSIZE, callable(shutil.ignore_patterns), callable(shutil.copytree))
print(sorted(n for n in ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree', 'move',
                         'rmtree', 'which', 'get_terminal_size', 'ignore_patterns'] if n in shutil.__all__))

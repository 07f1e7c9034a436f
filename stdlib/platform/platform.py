# platform: what CPython 3.11's Lib/platform.py tells about the machine and the interpreter, for Linux: uname()
# (a uname_result whose processor field comes last), system/node/release/version/machine/processor,
# architecture, libc_ver, platform(), freedesktop_os_release, the python_* functions, and the other systems'
# functions answering with their defaults. The semantics are CPython's; the code is weft's. weft has no
# subprocess, so what CPython asks the `file` and `uname -p` commands is read from files instead (see
# architecture and processor), and libc_ver without os.confstr reads the C library's version banner.
import os
import sys

__version__ = '1.0.8'


def _blank_unknown(value):
    return '' if value == 'unknown' else value


# ---- uname

class uname_result_base(tuple):
    """The five fields os.uname() has, as a named tuple."""

    __slots__ = ()
    _fields = ('system', 'node', 'release', 'version', 'machine')

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))

    system = property(lambda self: tuple.__getitem__(self, 0))
    node = property(lambda self: tuple.__getitem__(self, 1))
    release = property(lambda self: tuple.__getitem__(self, 2))
    version = property(lambda self: tuple.__getitem__(self, 3))
    machine = property(lambda self: tuple.__getitem__(self, 4))

    def __repr__(self):
        values = tuple.__iter__(self)
        return '%s(%s)' % (type(self).__name__,
                           ', '.join('%s=%r' % (name, value)
                                     for name, value in zip(uname_result_base._fields, values)))

    def __getnewargs__(self):
        return tuple(tuple.__iter__(self))

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **changes):
        values = [changes.pop(name, value)
                  for name, value in zip(uname_result_base._fields, tuple.__iter__(self))]
        if changes:
            raise ValueError('Got unexpected field names: %r' % list(changes))
        return self._make(values)


class uname_result(uname_result_base):
    """uname()'s answer: system, node, release, version, machine and processor. It compares, hashes and
    pickles as the five os.uname() fields; iterating, indexing and len() include processor (CPython's shape)."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        # CPython runs `uname -p`, which prints "unknown" on most Linux systems (so ''), the machine type on a few;
        # weft cannot run it and answers as the common case does
        return ''

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    @classmethod
    def _make(cls, iterable):
        result = cls.__new__(cls, *iterable)
        if len(result) != len(cls._fields):
            raise TypeError('Expected %d arguments, got %d' % (len(cls._fields) - 1, len(result)))
        return result

    def __reduce__(self):
        return uname_result, tuple(tuple.__iter__(self))


_uname_cache = None


def uname():
    """(system, node, release, version, machine, processor) as a uname_result; '' for what is unknown."""
    global _uname_cache
    if _uname_cache is None:
        try:
            values = tuple(os.uname())
        except AttributeError:
            values = (sys.platform, '', '', '', '')
        _uname_cache = uname_result(*[_blank_unknown(v) for v in values])
    return _uname_cache


def system():
    """The OS name: 'Linux', 'Darwin', 'Windows'...; '' if unknown."""
    return uname().system


def node():
    """The machine's network name; '' if unknown."""
    return uname().node


def release():
    """The system's release, e.g. '6.1.0-13-amd64'; '' if unknown."""
    return uname().release


def version():
    """The system's release version, e.g. '#1 SMP PREEMPT_DYNAMIC ...'; '' if unknown."""
    return uname().version


def machine():
    """The machine type, e.g. 'x86_64'; '' if unknown."""
    return uname().machine


def processor():
    """The processor name; '' if unknown (as it is on most Linux systems)."""
    return uname().processor


# ---- the executable and the C library

def _read_head(path, size):
    try:
        with open(path, 'rb') as f:
            return f.read(size)
    except (OSError, TypeError, ValueError):
        return b''


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of an executable, e.g. ('64bit', 'ELF'); what cannot be told stays as given, bits
    defaulting to the interpreter's pointer size."""
    # CPython asks `file -b executable`; this reads the ELF header (class and type) instead
    if not bits:
        bits = '64bit' if sys.maxsize > 2 ** 32 else '32bit'
    head = _read_head(executable, 20) if executable else b''
    if not head and executable == sys.executable:
        head = _read_head('/proc/self/exe', 20)  # the running interpreter, wherever sys.executable says it is
    # an ELF executable or shared object (e_type 2 or 3, in either byte order)
    if len(head) >= 18 and head[:4] == b'\x7fELF' and head[4] in (1, 2):
        e_type = head[16] | head[17] << 8 if head[5] != 2 else head[17] | head[16] << 8
        if e_type in (2, 3):
            return ('32bit' if head[4] == 1 else '64bit'), 'ELF'
    return bits, linkage


def _version_key(text):
    return [int(part) for part in text.split('.') if part.isdigit()]


def _libc_in_file(path, lib, version):
    # CPython: the scan of libc_ver(executable): GLIBC_x.y symbol versions (the highest wins) make it glibc, else
    # a libc.so.N name or __libc_init makes it libc
    import re
    with open(path, 'rb') as f:
        data = f.read()
    found = re.findall(rb'GLIBC_([0-9]+(?:\.[0-9]+)*)', data)
    if found:
        best = max((v.decode('latin-1') for v in found), key=_version_key)
        if lib == 'glibc' and version and _version_key(version) > _version_key(best):
            best = version
        return 'glibc', best
    so = re.search(rb'libc(_\w+)?\.so(?:\.(\d[0-9.]*))?', data)
    if so:
        soversion = (so.group(2) or b'').decode('latin-1')
        if soversion and (not version or _version_key(soversion) > _version_key(version)):
            version = soversion
        return 'libc', version
    if b'__libc_init' in data and not lib:
        lib = 'libc'
    return lib, version


def _system_glibc_version():
    # the version in the banner of the C library the system has ("... stable release version 2.36."): the one
    # mapped into this process, else one at the usual paths
    candidates = []
    try:
        with open('/proc/self/maps') as f:
            for line in f:
                path = line.rstrip('\n').partition('/')[2]
                name = path.rpartition('/')[2]
                if name.startswith('libc.so') or name.startswith('libc-'):
                    candidates.append('/' + path)
                    break
    except OSError:
        pass
    arch = uname().machine
    for folder in ('/lib/%s-linux-gnu' % arch, '/usr/lib/%s-linux-gnu' % arch, '/lib64', '/usr/lib64', '/lib',
                   '/usr/lib'):
        candidates.append(folder + '/libc.so.6')
    marker = b'release version '
    for path in candidates:
        try:
            with open(path, 'rb') as f:
                data = f.read()
        except OSError:
            continue
        at = data.find(marker)
        if at >= 0:
            end = at + len(marker)
            while end < len(data) and (48 <= data[end] <= 57 or data[end] == 46):
                end += 1
            found = data[at + len(marker):end].decode('ascii').rstrip('.')
            if found:
                return found
    return None


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library, e.g. ('glibc', '2.36'): of the system's when no executable is named
    (os.confstr('CS_GNU_LIBC_VERSION') where weft has it, else the version banner of the libc.so.6 in use or at
    the usual paths), else the one the executable file names; lib and version are what cannot be told."""
    if not executable:
        confstr = getattr(os, 'confstr', None)
        if confstr is not None:
            try:
                parts = confstr('CS_GNU_LIBC_VERSION').split(maxsplit=1)
                if len(parts) == 2:
                    return tuple(parts)
            except (AttributeError, ValueError, OSError):
                pass
        found = _system_glibc_version()
        if found:
            return 'glibc', found
        executable = '/proc/self/exe'
    return _libc_in_file(os.path.realpath(executable), lib, version)


# ---- platform()

def _join_platform(*parts):
    # CPython: _platform — the non-empty parts joined with '-', made filename-safe, 'unknown' dropped, no '--'
    text = '-'.join(part.strip() for part in parts if part)
    for c in ' /\\:;"()':
        text = text.replace(c, '_' if c == ' ' else '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def system_alias(system, release, version):
    """(system, release, version) with the marketing names of a few systems (SunOS 5 is Solaris 2...)."""
    if system == 'SunOS':
        if release < '5':
            return system, release, version
        major, sep, rest = release.partition('.')
        try:
            release = str(int(major) - 3) + sep + rest
        except ValueError:
            pass
        system = 'Solaris'
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


_platform_cache = {}


def platform(aliased=0, terse=0):
    """One string naming the platform, e.g. 'Linux-6.1.0-13-amd64-x86_64-with-glibc2.36'."""
    key = (aliased, terse)
    if key not in _platform_cache:
        system, node, release, version, machine, processor = uname()
        if processor == machine:
            processor = ''
        if aliased:
            system, release, version = system_alias(system, release, version)
        if system == 'Linux':
            libname, libversion = libc_ver()
            text = _join_platform(system, release, machine, processor, 'with', libname + libversion)
        elif terse:
            text = _join_platform(system, release)
        else:
            bits, linkage = architecture(sys.executable)
            text = _join_platform(system, release, machine, processor, bits, linkage)
        _platform_cache[key] = text
    return _platform_cache[key]


# ---- the interpreter

_IMPLEMENTATIONS = {'cpython': 'CPython', 'pypy': 'PyPy', 'ironpython': 'IronPython', 'jython': 'Jython'}


def python_implementation():
    """The implementation's name: 'CPython', 'PyPy'... after sys.implementation.name, which is 'weft' here."""
    name = sys.implementation.name
    return _IMPLEMENTATIONS.get(name, name)


def python_version():
    """'major.minor.micro', e.g. '3.11.2'."""
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    """('major', 'minor', 'micro') as strings."""
    return tuple(python_version().split('.'))


def _build_info():
    # sys.version after the version: '(build, date, time) [compiler]' in CPython; weft's has '(weft X.Y.Z)'
    text = sys.version
    inside = text[text.find('(') + 1:text.find(')')] if '(' in text and ')' in text else ''
    parts = [p.strip() for p in inside.split(',')]
    compiler = text[text.find('[') + 1:text.rfind(']')] if '[' in text and ']' in text else ''
    return parts[0].lstrip('#'), ' '.join(parts[1:3]), compiler


def python_branch():
    """The source branch the interpreter was built from; '' if unknown."""
    return ''


def python_revision():
    """The source revision the interpreter was built from; '' if unknown."""
    return ''


def python_build():
    """(build number, build date) from sys.version."""
    return _build_info()[:2]


def python_compiler():
    """The compiler that built the interpreter, from sys.version ('' if it does not say)."""
    return _build_info()[2]


# ---- the other systems' functions: their defaults on Linux

def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


# ---- /etc/os-release (freedesktop.org)

_OS_RELEASE_FILES = ('/etc/os-release', '/usr/lib/os-release')
_os_release_cache = None


def _parse_os_release(lines):
    # CPython: _parse_os_release — NAME=value lines, the value optionally in matching quotes, with \\ \$ \" \'
    # and \` unescaped; NAME, ID and PRETTY_NAME default to Linux/linux/Linux
    import re
    line_re = re.compile(r'^([a-zA-Z0-9_]+)=(["\']?)(.*)\2$')
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        m = line_re.match(line)
        if m is not None:
            info[m.group(1)] = re.sub(r'\\([\\$"\'`])', r'\1', m.group(3))
    return info


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a new dict; OSError if neither can be read."""
    global _os_release_cache
    if _os_release_cache is None:
        errno = None
        for path in _OS_RELEASE_FILES:
            try:
                with open(path, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(errno, 'Unable to read files %s' % ', '.join(_OS_RELEASE_FILES))
    return dict(_os_release_cache)

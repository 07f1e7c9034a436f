# The stat module: the file-type and permission bits of st_mode and the tests on them (CPython: Lib/stat.py,
# Modules/_stat.c; the values are Linux's <sys/stat.h>).

ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

_FORMAT_BITS = 0o170000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = S_IRUSR = 0o400
S_IWRITE = S_IWUSR = 0o200
S_IEXEC = S_IXUSR = 0o100
S_IRWXU = 0o700
S_IRWXG = 0o070
S_IRGRP = 0o040
S_IWGRP = 0o020
S_IXGRP = 0o010
S_IRWXO = 0o007
S_IROTH = 0o004
S_IWOTH = 0o002
S_IXOTH = 0o001

UF_NODUMP = 0x1
UF_IMMUTABLE = 0x2
UF_APPEND = 0x4
UF_OPAQUE = 0x8
UF_NOUNLINK = 0x10
UF_COMPRESSED = 0x20
UF_HIDDEN = 0x8000
SF_ARCHIVED = 0x10000
SF_IMMUTABLE = 0x20000
SF_APPEND = 0x40000
SF_NOUNLINK = 0x100000
SF_SNAPSHOT = 0x200000


def S_IMODE(mode):
    """Permission and special bits of *mode* (what chmod can change)."""
    return mode & 0o7777


def S_IFMT(mode):
    """File type bits of *mode*."""
    return mode & _FORMAT_BITS


def S_ISDIR(mode):
    return mode & _FORMAT_BITS == S_IFDIR


def S_ISCHR(mode):
    return mode & _FORMAT_BITS == S_IFCHR


def S_ISBLK(mode):
    return mode & _FORMAT_BITS == S_IFBLK


def S_ISREG(mode):
    return mode & _FORMAT_BITS == S_IFREG


def S_ISFIFO(mode):
    return mode & _FORMAT_BITS == S_IFIFO


def S_ISLNK(mode):
    return mode & _FORMAT_BITS == S_IFLNK


def S_ISSOCK(mode):
    return mode & _FORMAT_BITS == S_IFSOCK


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


# filemode's letters: the type first, then for each of user, group and others r, w and x, where x shows the
# set-id and sticky bits as s/S and t/T (CPython: _stat.c filemode, ls -l's layout)
_TYPE_LETTERS = {S_IFLNK: 'l', S_IFSOCK: 's', S_IFREG: '-', S_IFBLK: 'b', S_IFDIR: 'd', S_IFCHR: 'c', S_IFIFO: 'p'}


def filemode(mode):
    """Render *mode* like the first column of 'ls -l', e.g. 'drwxr-xr-x'."""
    out = [_TYPE_LETTERS.get(mode & _FORMAT_BITS, '?')]
    for shift, special, letter in ((6, S_ISUID, 's'), (3, S_ISGID, 's'), (0, S_ISVTX, 't')):
        bits = (mode >> shift) & 7
        out.append('r' if bits & 4 else '-')
        out.append('w' if bits & 2 else '-')
        if mode & special:
            out.append(letter if bits & 1 else letter.upper())
        else:
            out.append('x' if bits & 1 else '-')
    return ''.join(out)


FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_VIRTUAL = 65536


# uuid: RFC 4122 UUIDs as CPython 3.11's Lib/uuid.py has them: the immutable UUID class (made from hex text,
# bytes, little-endian bytes, six fields or one 128-bit int, with the same TypeError/ValueError messages), its
# views (hex, int, bytes, bytes_le, fields and each field, time, clock_seq, urn, variant, version, is_safe),
# uuid1/uuid3/uuid4/uuid5, getnode and the four namespaces. The semantics are CPython's; the code is weft's.
# hashlib is imported by uuid3/uuid5 only. Random numbers come from os.urandom (CPython uses the random module
# for the clock sequence and a random node).
import os
import sys
from enum import Enum

__all__ = ['UUID', 'SafeUUID', 'getnode', 'uuid1', 'uuid3', 'uuid4', 'uuid5', 'RESERVED_NCS', 'RFC_4122',
           'RESERVED_MICROSOFT', 'RESERVED_FUTURE', 'NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID',
           'NAMESPACE_X500']

# the variants: what UUID.variant returns
RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

_int = int  # the builtins, which UUID.__init__'s parameters hide
_bytes = bytes

# the bit widths of the six fields (time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low,
# node), most significant first
_FIELD_BITS = (32, 16, 16, 8, 8, 48)


class SafeUUID(Enum):
    """Whether the platform generated a UUID in a way that is safe with several processes (uuid1 only)."""
    safe = 0
    unsafe = -1
    unknown = None


def _swap_le(b):
    # bytes <-> bytes_le: the first three fields (4, 2 and 2 bytes) change byte order, the last 8 bytes do not
    return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]


class UUID:
    """An RFC 4122 UUID: immutable, hashable, ordered by its 128-bit value; str() gives the
    '12345678-1234-5678-1234-567812345678' form."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *,
                 is_safe=SafeUUID.unknown):
        # CPython: UUID.__init__ — exactly one source; version (1-5) then overrides variant and version bits
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if hex is not None:
            # 'urn:' and 'uuid:' anywhere, braces at either end and hyphens are ignored
            digits = hex.replace('urn:', '').replace('uuid:', '').strip('{}').replace('-', '')
            if len(digits) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = _int(digits, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = _swap_le(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            assert isinstance(bytes, _bytes), repr(bytes)
            int = _int.from_bytes(bytes, 'big')
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            int = 0
            for number, (value, bits) in enumerate(zip(fields, _FIELD_BITS), 1):
                if not 0 <= value < 1 << bits:
                    raise ValueError('field %d out of range (need %s-bit value)'
                                     % (number, 'an 8' if bits == 8 else 'a %d' % bits))
                int = (int << bits) | value
        if not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            int = (int & ~(0xc000 << 48)) | (0x8000 << 48)  # variant bits 10: RFC 4122
            int = (int & ~(0xf000 << 64)) | (version << 76)
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    # copy and pickle: the state is the int, and is_safe's value unless unknown (CPython: __getstate__)
    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe', SafeUUID(state['is_safe']) if 'is_safe' in state
                           else SafeUUID.unknown)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __eq__(self, other):
        return self.int == other.int if isinstance(other, UUID) else NotImplemented

    def __lt__(self, other):
        return self.int < other.int if isinstance(other, UUID) else NotImplemented

    def __le__(self, other):
        return self.int <= other.int if isinstance(other, UUID) else NotImplemented

    def __gt__(self, other):
        return self.int > other.int if isinstance(other, UUID) else NotImplemented

    def __ge__(self, other):
        return self.int >= other.int if isinstance(other, UUID) else NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __str__(self):
        h = '%032x' % self.int
        return '-'.join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant,
                self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def time(self):
        """The 60-bit timestamp: 100 ns intervals since 1582-10-15 (for version 1)."""
        return ((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        """The 14-bit clock sequence."""
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def variant(self):
        """One of RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE: the leading bits of byte 8."""
        top = (self.int >> 61) & 0b111
        if top < 0b100:
            return RESERVED_NCS
        if top < 0b110:
            return RFC_4122
        if top == 0b110:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        """The version number (1 to 5 for generated ones), for RFC 4122 UUIDs only (else None)."""
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xf
        return None


# ---- the node: a hardware address, else a random multicast one (CPython: getnode)

_node = None


def _mac_from_sysfs():
    # the MAC addresses of the network interfaces in /sys/class/net (weft has no subprocess for CPython's
    # ifconfig/ip/arp probes): the first universally administered one, else the first locally administered one
    # (CPython: _find_mac_near_keyword's preference)
    local = None
    try:
        names = sorted(os.listdir('/sys/class/net'))
    except OSError:
        return None
    for name in names:
        try:
            with open('/sys/class/net/%s/address' % name) as f:
                text = f.read().strip()
            mac = _int(text.replace(':', ''), 16)
        except (OSError, ValueError):
            continue
        if not mac or mac >= 1 << 48 or mac & (1 << 40):  # none, or a multicast address
            continue
        if not mac & (1 << 41):
            return mac
        if local is None:
            local = mac
    return local


def _random_node():
    # RFC 4122 4.5: 48 random bits with the multicast bit set, so as to clash with no real address
    return _int.from_bytes(os.urandom(6), 'big') | (1 << 40)


def getnode():
    """The hardware address as a 48-bit int (a random one, with its multicast bit set, when none is found);
    the same for the whole run."""
    global _node
    if _node is None:
        node = _mac_from_sysfs() if sys.platform.startswith('linux') else None
        _node = node if node is not None else _random_node()
    return _node


# ---- the generators

_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A version 1 UUID from the time (strictly increasing within the run), a clock sequence (random unless
    given) and the node (getnode() unless given)."""
    # CPython: uuid1 without the _uuid module's uuid_generate_time_safe
    global _last_timestamp
    import time
    # 100 ns intervals since 1582-10-15, the Gregorian reform (0x01b21dd213814000 of them before 1970)
    timestamp = time.time_ns() // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = _int.from_bytes(os.urandom(2), 'big') & 0x3fff
    if node is None:
        node = getnode()
    return UUID(fields=(timestamp & 0xffffffff, (timestamp >> 32) & 0xffff, (timestamp >> 48) & 0x0fff,
                        (clock_seq >> 8) & 0x3f, clock_seq & 0xff, node), version=1)


def uuid3(namespace, name):
    """The version 3 UUID of a name (str) in a namespace (a UUID): MD5 based."""
    import hashlib
    digest = hashlib.md5(namespace.bytes + _bytes(name, 'utf-8'), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """A random (version 4) UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """The version 5 UUID of a name (str) in a namespace (a UUID): SHA-1 based."""
    import hashlib
    digest = hashlib.sha1(namespace.bytes + _bytes(name, 'utf-8')).digest()
    return UUID(bytes=digest[:16], version=5)


# the namespaces of RFC 4122 appendix C, for uuid3 and uuid5
NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')

# a class derived from complex: properties, arithmetic, equality and hashing with the plain values
class Phasor(complex):
    @property
    def magnitude(self):
        return abs(self)
    def __repr__(self):
        return f"Phasor{complex(self)!r}"
z = Phasor(3, 4)
print(z, z.magnitude, z.real, z.imag, z.conjugate(), z + 1, type(z + 1).__name__, z == 3 + 4j, isinstance(z, complex))
print(Phasor("1+2j"), hash(Phasor(1, 0)) == hash(1), complex(z), abs(Phasor(0, 2)))
z.tag = 1; print(z.tag)

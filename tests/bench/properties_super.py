# properties_super: class hierarchies three levels deep with super().__init__ and super().method() chains,
# @property getters and setters (with validation), __slots__ classes, classmethod alternative constructors,
# staticmethods, class attributes and isinstance checks.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @classmethod
    def zero(cls):
        return cls(0, 0)

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Entity:
    created = 0

    def __init__(self, name):
        self._name = name
        self._hp = 100
        Entity.created += 1

    @property
    def name(self):
        return self._name

    @property
    def hp(self):
        return self._hp

    @hp.setter
    def hp(self, value):
        self._hp = 0 if value < 0 else 200 if value > 200 else value

    @property
    def alive(self):
        return self._hp > 0

    def power(self):
        return 1

    def describe(self):
        return len(self._name) + self.power()


class Mover(Entity):
    def __init__(self, name, speed):
        super().__init__(name)
        self.pos = Vec.zero()
        self._speed = speed

    @property
    def speed(self):
        return self._speed

    @speed.setter
    def speed(self, v):
        self._speed = max(1, min(v, 9))

    def power(self):
        return super().power() + self._speed

    def move(self, d):
        self.pos = self.pos + d


class Knight(Mover):
    def __init__(self, name, speed, armor):
        super().__init__(name, speed)
        self.armor = armor

    @classmethod
    def squire(cls, i):
        return cls("sq%d" % i, 2, i % 4)

    @staticmethod
    def bonus(level):
        return level * 2

    def power(self):
        return super().power() * 2 + self.armor + Knight.bonus(self.armor)


class Archer(Mover):
    def power(self):
        return super().power() + 3


def main():
    people = []
    for i in range(300):
        k = i % 3
        if k == 0:
            people.append(Knight.squire(i))
        elif k == 1:
            people.append(Archer("ar%d" % i, i % 7))
        else:
            people.append(Mover("mv%d" % i, i % 5))
    dirs = [Vec(1, 0), Vec(0, 1), Vec(-1, 0), Vec(0, -1), Vec(1, 1)]
    total = 0
    for rnd in range(1100):
        d = dirs[rnd % 5]
        for p in people:
            p.move(d)
            p.hp = p.hp - (rnd % 7) + 3 - (p.speed > 4)
            if p.alive:
                total += p.describe()
            p.speed = p.speed + (1 if rnd & 1 else -1)
            total += p.pos.norm1
        # a fresh batch of short-lived objects through the full constructor chain
        for j in range(60):
            total += Knight("k", j % 9, j % 3).power()
        total %= 1000000007
    knights = sum(1 for p in people if isinstance(p, Knight))
    movers = sum(1 for p in people if isinstance(p, Mover))
    print(total, knights, movers, Entity.created, sum(p.hp for p in people), people[7].name)


main()

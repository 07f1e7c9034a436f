# An image cache keyed by weak references: WeakValueDictionary eviction, finalize callbacks and __del__ order.
import weakref


class Image:
    loads = 0

    def __init__(self, name, size):
        Image.loads += 1
        self.name, self.size = name, size

    def __repr__(self):
        return f"<Image {self.name} {self.size[0]}x{self.size[1]}>"


class ImageCache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()
        self.evicted = []

    def load(self, name):
        img = self._cache.get(name)
        if img is None:
            w, h = (len(name) * 100, len(name) * 50)
            img = Image(name, (w, h))
            self._cache[name] = img
            weakref.finalize(img, self.evicted.append, name)
        return img

    def names(self):
        return sorted(self._cache.keys())


class Sprite:
    def __init__(self, cache, name):
        self.image = cache.load(name)
        self.name = name

    def __del__(self):
        print(f"  sprite {self.name} destroyed")


cache = ImageCache()
hero = Sprite(cache, "hero")
enemy1 = Sprite(cache, "goblin")
enemy2 = Sprite(cache, "goblin")
print(Image.loads, cache.names(), enemy1.image is enemy2.image)
del enemy1
print("after del enemy1:", cache.names(), cache.evicted)
del enemy2
print("after del enemy2:", cache.names(), cache.evicted)
tiles = [cache.load(f"tile{i}") for i in range(3)]
print(cache.names(), len(cache._cache))
tiles.pop(1)
print(cache.names(), cache.evicted)
ref = weakref.ref(hero.image)
print(ref() is hero.image, ref().name)
hero = None
print("hero gone:", ref() is None, cache.evicted)
again = cache.load("goblin")
print(Image.loads, again, cache.names())


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self._parent = weakref.ref(parent) if parent else None
        self.children = []
        if parent:
            parent.children.append(self)

    @property
    def parent(self):
        return self._parent() if self._parent else None

    def path(self):
        return (self.parent.path() + "/" if self.parent else "") + self.name


root = Node("root")
usr = Node("usr", root)
bin_ = Node("bin", usr)
print(bin_.path(), [c.name for c in root.children], weakref.getweakrefcount(usr))
del root
print(usr.parent, bin_.path())

# realistic program: an object cache keyed by id that forgets objects once nobody uses them
import weakref

class Texture:
    loads = 0
    def __init__(self, path):
        Texture.loads += 1
        self.path = path
        self.size = len(path) * 16
    def __repr__(self):
        return "Texture(%r)" % self.path

class TextureCache:
    def __init__(self):
        self._by_path = weakref.WeakValueDictionary()
        self._by_id = weakref.WeakValueDictionary()
        self.evicted = []

    def load(self, path):
        tex = self._by_path.get(path)
        if tex is None:
            tex = Texture(path)
            self._by_path[path] = tex
            self._by_id[id(tex)] = tex
            weakref.finalize(tex, self.evicted.append, path)
        return tex

    def lookup(self, ident):
        return self._by_id.get(ident)

    def stats(self):
        return len(self._by_path), sorted(self._by_path), Texture.loads

cache = TextureCache()
scene = [cache.load(p) for p in ("grass.png", "rock.png", "sky.png", "grass.png")]
print(scene[0] is scene[3], cache.stats())
ident = id(scene[1])
print(cache.lookup(ident), cache.lookup(-1))
# the level unloads the rock; everything else is still referenced
scene.pop(1)
print(cache.stats(), cache.lookup(ident), cache.evicted)
hud = cache.load("sky.png")
print(hud is scene[1], Texture.loads)
scene.clear()
print(cache.stats(), sorted(cache.evicted))
del hud
print(cache.stats(), sorted(cache.evicted))
again = cache.load("rock.png")
print(again, cache.stats())
total = 0
for path, tex in sorted(cache._by_path.items()):
    total += tex.size
print(total, len(cache._by_id))

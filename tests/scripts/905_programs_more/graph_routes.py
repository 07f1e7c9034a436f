# Route planning on a small rail network: Dijkstra with heapq, BFS hops, topological order of a build graph.
import heapq
from collections import deque, namedtuple, defaultdict

Edge = namedtuple("Edge", "dst minutes")

RAW = """
paris lyon 120
paris lille 60
lille brussels 35
brussels amsterdam 110
lyon marseille 100
lyon geneva 110
geneva zurich 165
paris strasbourg 110
strasbourg zurich 150
zurich milan 200
marseille milan 300
"""

graph = defaultdict(list)
for line in RAW.strip().splitlines():
    a, b, m = line.split()
    graph[a].append(Edge(b, int(m)))
    graph[b].append(Edge(a, int(m)))


def dijkstra(start):
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist[node]:
            continue
        for e in graph[node]:
            nd = d + e.minutes
            if nd < dist.get(e.dst, float("inf")):
                dist[e.dst] = nd
                prev[e.dst] = node
                heapq.heappush(heap, (nd, e.dst))
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


def hops(start):
    seen = {start: 0}
    q = deque([start])
    while q:
        n = q.popleft()
        for e in sorted(graph[n]):
            if e.dst not in seen:
                seen[e.dst] = seen[n] + 1
                q.append(e.dst)
    return seen


dist, prev = dijkstra("paris")
for city in sorted(dist, key=lambda c: (dist[c], c)):
    h, m = divmod(dist[city], 60)
    print(f"{city:>10} {h:2d}h{m:02d}  via {' > '.join(path_to(prev, city))}")
print(hops("amsterdam"))
far = max(hops("marseille").items(), key=lambda kv: (kv[1], kv[0]))
print("furthest from marseille by hops:", far)


def toposort(deps):
    indeg = {n: 0 for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg.setdefault(d, 0)
    users = defaultdict(list)
    for n, ds in deps.items():
        for d in ds:
            indeg[n] += 1
            users[d].append(n)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    heapq.heapify(ready)
    order = []
    while ready:
        n = heapq.heappop(ready)
        order.append(n)
        for u in users[n]:
            indeg[u] -= 1
            if indeg[u] == 0:
                heapq.heappush(ready, u)
    if len(order) != len(indeg):
        cyclic = sorted(n for n, k in indeg.items() if k > 0)
        raise ValueError(f"cycle among {cyclic}")
    return order


build = {"app": ["lib", "ui"], "ui": ["lib", "assets"], "lib": ["core"], "tests": ["app"], "core": []}
print(toposort(build))
try:
    toposort({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
except ValueError as e:
    print("error:", e)

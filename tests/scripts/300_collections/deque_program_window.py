# realistic program: sliding-window statistics and a BFS over a grid using deque
from collections import deque

def moving_average(values, n):
    window = deque(maxlen=n)
    total = 0
    for v in values:
        if len(window) == n:
            total -= window[0]
        window.append(v)
        total += v
        yield round(total / len(window), 2)
print(list(moving_average([10, 20, 30, 40, 50, 10], 3)))

GRID = ["S.#.....",
        ".##.###.",
        "....#...",
        "#.#...#E"]
def bfs(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    queue = deque([(start, 0)])
    seen = {start}
    while queue:
        (r, c), dist = queue.popleft()
        if grid[r][c] == "E":
            return dist, len(seen)
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append(((nr, nc), dist + 1))
    return None
print(bfs(GRID))
history = deque(maxlen=3)
for cmd in ["ls", "cd /", "pwd", "echo hi"]:
    history.append(cmd)
print(list(history), history[-1])
tasks = deque(["a", "b", "c"])
order = []
for _ in range(7):
    tasks.rotate(-1)
    order.append(tasks[-1])
print("".join(order))

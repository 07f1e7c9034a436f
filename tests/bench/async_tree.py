# async_tree: a tree of coroutines fanned out with asyncio.gather: every node awaits asyncio.sleep(0), then gathers
# its children (fan-out 4, depth 6: 5461 nodes per tree) and combines their results; run for several trees,
# including one where every node is wrapped in its own Task and one whose leaves raise and are collected with
# return_exceptions=True.
import asyncio


async def node(depth, fanout, label):
    await asyncio.sleep(0)
    if depth == 0:
        return label % 1000
    results = await asyncio.gather(*(node(depth - 1, fanout, label * fanout + k) for k in range(fanout)))
    await asyncio.sleep(0)
    return (sum(results) + depth) % 1000003


async def task_node(depth, fanout, label):
    await asyncio.sleep(0)
    if depth == 0:
        return 1
    tasks = [asyncio.create_task(task_node(depth - 1, fanout, label * fanout + k)) for k in range(fanout)]
    return sum([await t for t in tasks]) + 1


class LeafError(Exception):
    pass


async def faulty(depth, label):
    await asyncio.sleep(0)
    if depth == 0:
        if label % 5 == 0:
            raise LeafError(label)
        return label
    results = await asyncio.gather(*(faulty(depth - 1, label * 3 + k) for k in range(3)), return_exceptions=True)
    errors = sum(1 for r in results if isinstance(r, LeafError))
    values = sum(r for r in results if not isinstance(r, BaseException))
    return values + errors * 1000


async def main():
    checks = []
    for root in range(3):
        checks.append(await node(6, 4, root + 1))
    print("gather trees:", checks)
    print("task tree nodes:", await task_node(6, 4, 1))
    print("faulty:", await faulty(7, 1))


asyncio.run(main())

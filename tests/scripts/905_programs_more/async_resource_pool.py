# An async connection pool: async context managers, a Condition for availability, async generators with cleanup.
import asyncio


class Connection:
    def __init__(self, cid):
        self.cid = cid
        self.queries = 0

    async def query(self, sql):
        await asyncio.sleep(0.01)
        self.queries += 1
        return f"c{self.cid}:{sql.split()[0].lower()}"


class Pool:
    def __init__(self, size):
        self.free = [Connection(i) for i in range(size)]
        self.cond = asyncio.Condition()
        self.waits = 0

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        print("pool closed, free conns:", len(self.free))

    def acquire(self):
        pool = self

        class _Lease:
            async def __aenter__(self):
                async with pool.cond:
                    if not pool.free:
                        pool.waits += 1
                    await pool.cond.wait_for(lambda: pool.free)
                    self.conn = pool.free.pop(0)
                    return self.conn

            async def __aexit__(self, exc_type, exc, tb):
                async with pool.cond:
                    pool.free.append(self.conn)
                    pool.cond.notify()
                return False
        return _Lease()


async def rows(conn, table, n):
    try:
        for i in range(n):
            await asyncio.sleep(0.005)
            yield f"{table}[{i}]"
    finally:
        print(f"  cursor on {table} closed")


async def job(pool, name, sql, delay):
    await asyncio.sleep(delay)
    async with pool.acquire() as conn:
        result = await conn.query(sql)
        await asyncio.sleep(0.02)
        return name, result


async def main():
    async with Pool(2) as pool:
        jobs = [job(pool, f"j{i}", sql, i * 0.001) for i, sql in
                enumerate(["SELECT 1", "UPDATE t", "DELETE x", "INSERT y", "SELECT 2"])]
        results = await asyncio.gather(*jobs)
        print(results)
        print("waits:", pool.waits, "queries:", sorted(c.queries for c in pool.free))
        async with pool.acquire() as conn:
            gen = rows(conn, "users", 10)
            first = [r async for r, _ in zip_async(gen, range(3))]
            await gen.aclose()
            print(first)
            async for r in rows(conn, "orders", 2):
                print("  got", r)
        try:
            async with pool.acquire() as conn:
                await conn.query("SELECT boom")
                raise RuntimeError("handler crashed")
        except RuntimeError as e:
            print("error:", e, "| free again:", len(pool.free))


async def zip_async(agen, it):
    for i in it:
        yield await agen.__anext__(), i


asyncio.run(main())

# wait_for re-raises the inner coroutine's error, which escapes asyncio.run
import asyncio

async def handshake(host):
    await asyncio.sleep(0.01)
    if host.endswith(".invalid"):
        raise ConnectionRefusedError(f"cannot reach {host}")
    return f"connected to {host}"

async def main():
    for host in ["example.org", "bad.invalid", "other.org"]:
        print(await asyncio.wait_for(handshake(host), timeout=1))

asyncio.run(main())

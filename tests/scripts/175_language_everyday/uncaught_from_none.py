# uncaught exception raised "from None" inside except: context suppressed in the traceback
def get(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError(f"{key!r} not configured") from None
settings = {"mode": "fast"}
print(get(settings, "mode"))
get(settings, "level")

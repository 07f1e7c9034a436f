# looking up a missing config key with [] instead of .get(): KeyError escapes
config = {"host": "localhost", "port": 8080}
print(config.get("debug", False), config["port"])
timeout = config["timeout"]
print(timeout)

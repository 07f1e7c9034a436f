# An uncaught KeyError from a dict lookup at module level: the message is the repr of the key.
config = {"host": "localhost"}
print(config["host"])
port = config["port"]

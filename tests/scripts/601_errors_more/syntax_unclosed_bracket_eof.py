# a list left open before a closing brace: the mismatch error names the line of the opening bracket
defaults = {"name": "x", "items": []}
config = {
    "name": "demo",
    "items": [1, 2, 3,
}
for key in defaults:
    print(key, config.get(key))
print(config)

# getLogger() and getLogger("root") are the root logger; names must be str; loggers are made once.
import logging

print(logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)
print(logging.getLogger("") is logging.root, logging.getLogger(None) is logging.root)
print(logging.root, logging.root.name, logging.root.parent)
print(logging.getLogger("app") is logging.getLogger("app"))
try:
    logging.getLogger(42)
except TypeError as e:
    print("TypeError:", e)
try:
    logging.getLogger(b"bytes")
except TypeError as e:
    print("TypeError:", e)
print(logging.Logger.root is logging.root, logging.Logger.manager.root is logging.root)
print(logging.getLogger("app").manager is logging.Logger.manager)
print(logging.getLogger("app").root is logging.root)

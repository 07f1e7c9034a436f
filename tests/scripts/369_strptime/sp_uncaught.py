# a ValueError from strptime that nobody catches: the traceback shows only the caller's frame
import time

print(time.strptime("2024-01-02", "%Y-%m-%d")[:3])
print("next one fails")
time.strptime("2024-01-02 extra", "%Y-%m-%d")

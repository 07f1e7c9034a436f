# A small login loop: user name from input(), password from getpass() (stdin is a file), three attempts
import getpass
import hashlib
import sys
import warnings

warnings.simplefilter("ignore", getpass.GetPassWarning)
USERS = {"alice": hashlib.sha256(b"wonderland").hexdigest(), "bob": hashlib.sha256(b"builder").hexdigest()}

for attempt in range(1, 4):
    try:
        user = input("user: ")
        secret = getpass.getpass("password: ", stream=sys.stdout)
    except EOFError:
        print("\nno more input")
        break
    ok = USERS.get(user) == hashlib.sha256(secret.encode()).hexdigest()
    print(f"attempt {attempt}: {user} {'welcome' if ok else 'denied'} ({len(secret)} chars)")
    if ok:
        break

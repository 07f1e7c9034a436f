# getuser(): LOGNAME, USER, LNAME, USERNAME in that order (empty values skipped), else the password file's entry
import getpass
import os

names = ("LOGNAME", "USER", "LNAME", "USERNAME")
for n in names:
    os.environ.pop(n, None)
os.environ["USERNAME"] = "dora"
print(getpass.getuser())
os.environ["LNAME"] = "carl"
print(getpass.getuser())
os.environ["USER"] = ""
print(getpass.getuser())
os.environ["USER"] = "bob"
os.environ["LOGNAME"] = "alice"
print(getpass.getuser())
for n in names:
    del os.environ[n]

# with no variable set: the name /etc/passwd gives the current uid
expected = None
with open("/etc/passwd") as f:
    for line in f:
        parts = line.split(":")
        if len(parts) > 2 and parts[2] == str(os.getuid()):
            expected = parts[0]
            break
print(getpass.getuser() == expected, type(getpass.getuser()).__name__)

# hashlib: a realistic program: content-addressed storage with sha256, salted password records with pbkdf2, signed messages with hmac
import hashlib, hmac, json

store = {}
def put(blob):
    key = hashlib.sha256(blob).hexdigest()
    store[key] = blob
    return key

keys = [put(text.encode()) for text in ["alpha", "beta", "alpha", "gamma" * 100]]
print(len(store), [k[:12] for k in keys])
for k in sorted(store):
    assert hashlib.sha256(store[k]).hexdigest() == k
print("verified", len(store))

def hash_password(password, salt, rounds=1000):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, rounds).hex()

users = {name: (bytes([i] * 16), hash_password(pw, bytes([i] * 16))) for i, (name, pw) in enumerate([("ann", "s3cret"), ("bob", "hunter2")])}
for name, attempt in [("ann", "s3cret"), ("ann", "wrong"), ("bob", "hunter2")]:
    salt, stored = users[name]
    print(name, attempt, hmac.compare_digest(stored, hash_password(attempt, salt)))

key = b"shared-key"
def sign(payload):
    body = json.dumps(payload, sort_keys=True).encode()
    return body, hmac.new(key, body, hashlib.sha256).hexdigest()

body, tag = sign({"user": "ann", "amount": 42})
print(body, tag[:24])
print(hmac.compare_digest(tag, hmac.new(key, body, "sha256").hexdigest()))
tampered = body.replace(b"42", b"43")
print(hmac.compare_digest(tag, hmac.new(key, tampered, "sha256").hexdigest()))
running = hashlib.md5()
for chunk in [b"a" * 1000, b"b" * 3, b""]:
    running.update(chunk)
    print(running.hexdigest())
print(hashlib.file_digest(type("F", (), {"getbuffer": lambda self: memoryview(b"file body")})(), "sha1").hexdigest())
print(hashlib.new("md5", usedforsecurity=False).hexdigest(), hashlib.sha3_256(b"x").digest()[:4], hashlib.shake_256(b"x").digest(10))

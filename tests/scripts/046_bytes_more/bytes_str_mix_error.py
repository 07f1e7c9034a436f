# bytes.split called with a str separator: TypeError escapes
payload = b"name=ann;role=admin"
print(payload.split(b";"))
print(payload.split(";"))

# Collecting validation errors into an ExceptionGroup and handling them by kind with except*.
def validate(record):
    errors = []
    if not isinstance(record.get("name"), str):
        errors.append(TypeError("name must be a string"))
    if record.get("age", 0) < 0:
        errors.append(ValueError(f"age must not be negative: {record['age']}"))
    if "email" not in record:
        errors.append(KeyError("email"))
    if errors:
        raise ExceptionGroup(f"record {record.get('id')} is invalid", errors)


records = [{"id": 1, "name": "ann", "age": 3, "email": "a@x"}, {"id": 2, "name": 5, "age": -1},
           {"id": 3, "name": "cy", "age": -7, "email": "c@x"}]
for r in records:
    try:
        validate(r)
        print("ok", r["id"])
    except* TypeError as group:
        print("types:", [str(e) for e in group.exceptions])
    except* ValueError as group:
        print("values:", [str(e) for e in group.exceptions])
    except* KeyError as group:
        print("missing:", [str(e) for e in group.exceptions], group.message)

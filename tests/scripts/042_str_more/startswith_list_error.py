# str.startswith given a list of prefixes instead of a tuple: TypeError escapes
files = ["img_001.png", "doc_a.txt", "img_002.jpg", "notes.md"]
images = [f for f in files if f.startswith("img_") and f.endswith((".png", ".jpg"))]
print(images)
docs = [f for f in files if f.startswith(["doc_", "notes"])]
print(docs)

# getChild() is getLogger(name + "." + suffix); the root's children are top-level loggers.
import logging

app = logging.getLogger("app")
db = app.getChild("db")
print(db, db is logging.getLogger("app.db"), db.parent is app)
print(db.getChild("pool.conn").name, logging.getLogger("app.db.pool").parent is db)
print(logging.root.getChild("top") is logging.getLogger("top"))
print(logging.root.getChild("a.b").name, logging.getLogger("a.b").parent.name)

from flask import Flask
from flask_graphql import GraphQLView

from .schema import schema

app = Flask(__name__)

# ruleid: PY473
app.add_url_rule("/graphql", view_func=GraphQLView.as_view("graphql", schema=schema, batch=True))
# ok: PY473
app.add_url_rule("/single", view_func=GraphQLView.as_view("single", schema=schema))
# ok: PY473
app.add_url_rule("/off", view_func=GraphQLView.as_view("off", schema=schema, batch=False))
# ok: PY473
jobs = queue.Queue.as_view(batch=True)
app.add_url_rule("/batched", view_func=GraphQLView.as_view(
    "batched",
    schema=schema,
    # ruleid: PY473
    batch=True,
))

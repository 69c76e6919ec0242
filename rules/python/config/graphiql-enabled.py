from flask import Flask
from flask_graphql import GraphQLView
from graphene_django.views import GraphQLView as DjangoGraphQLView

from .schema import schema

app = Flask(__name__)

# ruleid: PY472
app.add_url_rule("/graphiql", view_func=GraphQLView.as_view("graphiql", schema=schema, graphiql=True))
# ok: PY472
app.add_url_rule("/graphql", view_func=GraphQLView.as_view("graphql", schema=schema, graphiql=app.debug))
# ok: PY472
app.add_url_rule("/graphql2", view_func=GraphQLView.as_view("graphql2", schema=schema, graphiql=False))
# ruleid: PY472
django_view = DjangoGraphQLView.as_view(graphiql=True, schema=schema)
# ok: PY472
template_view = TemplateView.as_view(template_name="graphiql.html", graphiql=True)
app.add_url_rule("/ide", view_func=GraphQLView.as_view(
    "ide",
    schema=schema,
    # ruleid: PY472
    graphiql=True,
))

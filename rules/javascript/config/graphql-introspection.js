const { ApolloServer } = require("@apollo/server");

// ruleid: JS471
const a = new ApolloServer({ schema, introspection: true });
// ok: JS471
const b = new ApolloServer({ schema, introspection: process.env.NODE_ENV !== "production" });
// ok: JS471
const c = new ApolloServer({ schema, introspection: false });
// ok: JS471
const d = new ApolloServer({ schema });

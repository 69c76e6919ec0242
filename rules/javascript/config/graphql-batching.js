const { ApolloServer } = require("apollo-server");

const server = new ApolloServer({
  schema,
  // ruleid: JS472
  allowBatchedHttpRequests: true,
});
// ok: JS472
const quiet = new ApolloServer({ schema, allowBatchedHttpRequests: false });
// ok: JS472
const plain = new ApolloServer({ schema });

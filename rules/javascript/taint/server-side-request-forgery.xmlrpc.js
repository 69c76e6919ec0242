const xmlrpc = require("xmlrpc");
const needle = require("needle");

const server = xmlrpc.createServer({ port: 9090, path: "/xmlrpc" });

// an XML-RPC method's `params` are the caller's arguments
server.on("site.check", function (err, params, callback) {
  module.exports.fetchStatus = function (url) {
    // ruleid: JS154
    return needle.get(url, { timeout: 3000 });
  };
  callback(null, module.exports.fetchStatus(params.toString()));
});

server.on("site.version", function (err, params, callback) {
  // ok: JS154
  needle.get("https://status.example.com/version", { timeout: 3000 });
  callback(null, "1.0");
});

// a plain function with the same parameter names is not an XML-RPC handler
function relay(err, params, callback) {
  // ok: JS154
  needle.get(params.url, { timeout: 3000 });
}

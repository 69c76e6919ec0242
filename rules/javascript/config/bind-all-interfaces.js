// ruleid: JS505
app.listen(3000, "0.0.0.0");
// ruleid: JS505
fastify.listen({ port: 3000, host: "0.0.0.0" });
// ok: JS505
app.listen(3000, "127.0.0.1");
// ok: JS505
app.listen(3000, process.env.HOST ?? "127.0.0.1");

// Request data from each framework reaching an SQL statement (JS152 as the witness sink).
const Koa = require("koa");
const fastify = require("fastify")();
const { Hono } = require("hono");
const db = require("./db");

const koa = new Koa();
koa.use(async (ctx) => {
  // ruleid: JS152
  await db.query("SELECT * FROM t WHERE n = '" + ctx.query.n + "'");
  // ruleid: JS152
  await db.query(`SELECT * FROM t WHERE n = '${ctx.request.body.n}'`);
  // ok: JS152
  await db.query("SELECT * FROM t WHERE n = $1", [ctx.query.n]);
  ctx.body = { n: 1 };
  // ok: JS152
  await db.query("SELECT * FROM t WHERE n = '" + ctx.body.n + "'");
});

fastify.get("/items/:id", async (request, reply) => {
  // ruleid: JS152
  await db.query(`SELECT * FROM items WHERE id = '${request.params.id}'`);
});

const hono = new Hono();
hono.get("/search", async (c) => {
  // ruleid: JS152
  await db.query(`SELECT * FROM t WHERE q = '${c.req.query("q")}'`);
  const body = await c.req.json();
  // ruleid: JS152
  await db.query(`SELECT * FROM t WHERE q = '${body.q}'`);
});

export async function GET(request) {
  const { searchParams } = new URL(request.url);
  // ruleid: JS152
  await db.query(`SELECT * FROM t WHERE q = '${searchParams.get("q")}'`);
}

export async function POST(request) {
  const payload = await request.json();
  // ruleid: JS152
  await db.query(`SELECT * FROM t WHERE q = '${payload.q}'`);
}

export async function createNote(formData) {
  "use server";
  // ruleid: JS152
  await db.query(`INSERT INTO notes VALUES ('${formData.get("text")}')`);
  // ok: JS152
  await db.query("INSERT INTO notes VALUES ($1)", [formData.get("text")]);
}

const resolvers = {
  Query: {
    user: async (parent, args, context) => {
      // ruleid: JS152
      return db.query(`SELECT * FROM users WHERE name = '${args.name}'`);
    },
  },
};

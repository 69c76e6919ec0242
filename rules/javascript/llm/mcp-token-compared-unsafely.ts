import express from "express";
import { timingSafeEqual } from "crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const server = new McpServer({ name: "ops", version: "1.0.0" });
const app = express();
const expected = `Bearer ${process.env.MCP_TOKEN}`;

app.use((req, res, next) => {
  // ruleid: JS651
  if (req.headers.authorization !== expected) return res.sendStatus(401);
  next();
});

app.use((req, res, next) => {
  const presented = Buffer.from(req.headers.authorization ?? "");
  const wanted = Buffer.from(expected);
  // ok: JS651
  if (presented.length !== wanted.length || !timingSafeEqual(presented, wanted)) return res.sendStatus(401);
  // ok: JS651
  if (req.headers.authorization === undefined) return res.sendStatus(401);
  next();
});

// A notes MCP server over streamable HTTP, written the safe way: bearer-token authentication,
// file tools confined to NOTES_ROOT, no secrets in results.
import { timingSafeEqual } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";

const NOTES_ROOT = path.resolve(process.env.NOTES_ROOT ?? "notes");
const MAX_CHARS = 200_000;

function insideRoot(name: string): string {
  const target = path.resolve(NOTES_ROOT, name);
  if (!target.startsWith(NOTES_ROOT + path.sep)) {
    throw new Error("the path leaves the notes folder");
  }
  return target;
}

function sameToken(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function buildServer(): McpServer {
  const server = new McpServer({ name: "notes", version: "1.0.0" });

  server.registerTool(
    "list_notes",
    { title: "List notes", description: "List the notes in the notes folder.", inputSchema: {} },
    async () => ({ content: [{ type: "text", text: (await readdir(NOTES_ROOT)).join("\n") }] }),
  );

  server.registerTool(
    "read_note",
    {
      title: "Read a note",
      description: "Read one note of the notes folder.",
      inputSchema: { name: z.string().describe("The note's file name, for example todo.md") },
    },
    async ({ name }) => {
      const target = path.resolve(NOTES_ROOT, name);
      if (!target.startsWith(NOTES_ROOT + path.sep)) {
        throw new Error("the path leaves the notes folder");
      }
      const text = await readFile(target, "utf8");
      return { content: [{ type: "text", text: text.slice(0, MAX_CHARS) }] };
    },
  );

  server.registerTool(
    "note_size",
    {
      title: "Note size",
      description: "Size of one note, in characters.",
      inputSchema: { name: z.string() },
    },
    async ({ name }) => {
      const text = await readFile(insideRoot(name), "utf8");
      return { content: [{ type: "text", text: String(text.length) }] };
    },
  );
  return server;
}

const app = express();
app.disable("x-powered-by");
app.use(express.json());
app.use((req, res, next) => {
  const presented = req.headers.authorization ?? "";
  if (!sameToken(presented, `Bearer ${process.env.MCP_TOKEN ?? ""}`)) {
    res.status(401).json({ error: "unauthorized" });
    return;
  }
  next();
});

app.post("/mcp", async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  const server = buildServer();
  res.on("close", () => {
    transport.close();
    server.close();
  });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(3000, "127.0.0.1");

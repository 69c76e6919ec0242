import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { readFileSync, rmSync } from "fs";
import path from "path";
import { z } from "zod";

const server = new McpServer({ name: "files", version: "1.0.0" });

server.registerTool(
  "read_file",
  { description: "Read a file", inputSchema: { file: z.string() } },
  // ruleid: JS645
  async ({ file }) => ({ content: [{ type: "text", text: readFileSync(file, "utf8") }] }),
);

server.tool("delete_upload", "Delete an upload", { name: z.string() }, async ({ name }) => {
  // ok: JS645
  rmSync(path.join("/srv/uploads", path.basename(name)));
  return { content: [{ type: "text", text: "deleted" }] };
});

server.tool("remove", "Remove a file", { target: z.string() }, async ({ target }) => {
  // ruleid: JS645
  rmSync(target, { force: true });
  return { content: [{ type: "text", text: "removed" }] };
});

const ROOT = path.resolve("/srv/docs");

server.tool("read_doc", "Read a document", { name: z.string() }, async ({ name }) => {
  const target = path.resolve(ROOT, name);
  if (!target.startsWith(ROOT + path.sep)) throw new Error("outside the docs folder");
  // ok: JS645
  return { content: [{ type: "text", text: readFileSync(target, "utf8") }] };
});

server.tool("read_any", "Read a file", { name: z.string() }, async ({ name }) => {
  const target = path.resolve(name);
  if (!target.startsWith("/")) throw new Error("relative path");
  // ruleid: JS645
  return { content: [{ type: "text", text: readFileSync(target, "utf8") }] };
});

export function helper(target: string) {
  // ok: JS645
  return readFileSync(target, "utf8");
}

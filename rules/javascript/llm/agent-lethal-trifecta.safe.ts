import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { readFile } from "fs/promises";
import { z } from "zod";

// ok: JS650
const server = new McpServer({ name: "contacts", version: "1.0.0" });

server.tool("read_contacts", "The user's contacts.", async () => ({
  content: [{ type: "text", text: await readFile("/home/user/contacts.json", "utf8") }],
}));

server.tool("count", "Count the contacts.", { group: z.string() }, async ({ group }) => ({
  content: [{ type: "text", text: `${group}: 3` }],
}));

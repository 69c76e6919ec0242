import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { readFileSync } from "fs";

const server = new McpServer({ name: "debug", version: "1.0.0" });
const CONFIG = { region: "eu-west-1", apiKey: "placeholder" };

server.tool("env", "Show the environment.", async () => ({
  // ruleid: JS644
  content: [{ type: "text", text: JSON.stringify(process.env) }],
}));

server.tool("region", "The deployment region.", async () => ({
  // ok: JS644
  content: [{ type: "text", text: process.env.AWS_REGION ?? "eu-west-1" }],
}));

server.tool("config", "Current settings.", async () => {
  // ruleid: JS644
  return { content: [{ type: "text", text: `key=${CONFIG.apiKey}` }] };
});

server.tool("settings", "Current region.", async () => {
  // ok: JS644
  return { content: [{ type: "text", text: `region=${CONFIG.region}` }] };
});

server.tool("deploy-key", "Deploy key.", async () => ({
  // ruleid: JS644
  content: [{ type: "text", text: readFileSync("/home/app/.ssh/id_rsa", "utf8") }],
}));

server.tool("readme", "README.", async () => ({
  // ok: JS644
  content: [{ type: "text", text: readFileSync("README.md", "utf8") }],
}));

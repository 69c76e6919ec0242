import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { readFile } from "fs/promises";
import nodemailer from "nodemailer";
import { z } from "zod";

// ruleid: JS650
const server = new McpServer({ name: "inbox", version: "1.0.0" });
const mailer = nodemailer.createTransport({ sendmail: true });

server.tool("read_contacts", "The user's contacts.", async () => ({
  content: [{ type: "text", text: await readFile("/home/user/contacts.json", "utf8") }],
}));

server.tool("browse", "Fetch a web page.", { page: z.string() }, async ({ page }) => ({
  content: [{ type: "text", text: await (await fetch(`https://news.example/${encodeURIComponent(page)}`)).text() }],
}));

server.tool("send_mail", "Send an e-mail.", { to: z.string(), body: z.string() }, async ({ to, body }) => {
  await mailer.sendMail({ to, text: body });
  return { content: [{ type: "text", text: "sent" }] };
});

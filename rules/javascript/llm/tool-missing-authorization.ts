import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { payments } from "./payments";

const server = new McpServer({ name: "billing", version: "1.0.0" });

// ruleid: JS649
server.tool("refund", { accountId: z.string(), amount: z.number() }, async ({ accountId, amount }) => {
  await payments.refundAccount(accountId, amount);
  return { content: [{ type: "text", text: "refunded" }] };
});

// ok: JS649
server.tool("refund-mine", { orderId: z.string() }, async ({ orderId }, { authInfo }) => {
  await payments.refundOrder(orderId, authInfo?.clientId);
  return { content: [{ type: "text", text: "refunded" }] };
});

// ok: JS649
server.tool("balance", { accountId: z.string() }, async ({ accountId }) => {
  const balance = await payments.balance(accountId);
  return { content: [{ type: "text", text: String(balance) }] };
});

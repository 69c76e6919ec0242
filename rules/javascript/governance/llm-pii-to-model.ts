import OpenAI from "openai";

const client = new OpenAI({ timeout: 30000, maxRetries: 2 });
const MODEL = "gpt-4o-2024-08-06";

export async function summarise(user: any, ticketText: string) {
  const prompt = `Write to ${user.email} about: ${ticketText}`;
  // ruleid: JS955
  await client.chat.completions.create({ model: MODEL, max_tokens: 300, messages: [{ role: "user", content: prompt }] });
  // ruleid: JS955
  await client.chat.completions.create({ model: MODEL, max_tokens: 300, messages: [{ role: "user", content: user.phoneNumber }] });
  // ok: JS955
  await client.chat.completions.create({ model: MODEL, max_tokens: 300, messages: [{ role: "user", content: ticketText }] });
  // ok: JS955
  await client.chat.completions.create({ model: MODEL, max_tokens: 300, messages: [{ role: "user", content: user.emailTemplate }] });
}

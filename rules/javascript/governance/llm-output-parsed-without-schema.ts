import OpenAI from "openai";
import { z } from "zod";

const client = new OpenAI({ timeout: 30000, maxRetries: 2 });
const Answer = z.object({ text: z.string() });

export async function bad(messages: any[]) {
  const resp = await client.chat.completions.create({ model: "gpt-4o-2024-08-06", messages, max_tokens: 200 });
  const content = resp.choices[0].message.content ?? "";
  // ruleid: JS954
  const data = JSON.parse(content);
  // ruleid: JS954
  const value = eval(resp.choices[0].message.content ?? "");
  return [data, value];
}

export async function good(messages: any[], rawConfig: string) {
  const resp = await client.chat.completions.create({ model: "gpt-4o-2024-08-06", messages, max_tokens: 200 });
  // ok: JS954
  const answer = Answer.parse(JSON.parse(resp.choices[0].message.content ?? ""));
  // ok: JS954
  const parsed = JSON.parse(resp.choices[0].message.content ?? "");
  const checked = Answer.safeParse(parsed);
  // ok: JS954
  const config = JSON.parse(rawConfig);
  return [answer, checked, config];
}

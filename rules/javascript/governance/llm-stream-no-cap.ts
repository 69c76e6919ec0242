import OpenAI from "openai";
import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";

const client = new OpenAI({ timeout: 30000, maxRetries: 2 });

export async function run(messages: any[], prompt: string) {
  // ruleid: JS953
  const a = await client.chat.completions.create({ model: "gpt-4o-2024-08-06", messages, stream: true });
  // ruleid: JS953
  const b = streamText({ model: openai("gpt-4o-2024-08-06"), prompt });
  // ok: JS953
  const c = streamText({ model: openai("gpt-4o-2024-08-06"), prompt, maxTokens: 400 });
  // ok: JS953
  const d = await client.chat.completions.create({ model: "gpt-4o-2024-08-06", messages, stream: true, max_tokens: 400 });
  return [a, b, c, d];
}

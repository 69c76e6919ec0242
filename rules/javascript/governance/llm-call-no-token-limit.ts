import OpenAI from "openai";
import { generateText } from "ai";
import { anthropic } from "@ai-sdk/anthropic";
import { GoogleGenerativeAI } from "@google/generative-ai";

const client = new OpenAI({ timeout: 30000, maxRetries: 2 });
const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY ?? "");
const capped = genAI.getGenerativeModel({ model: "gemini-1.5-pro-002", generationConfig: { maxOutputTokens: 512 } });
const uncapped = genAI.getGenerativeModel({ model: "gemini-1.5-pro-002" });

export async function run(messages: any[], prompt: string) {
  // ruleid: JS952
  await client.chat.completions.create({ model: "gpt-4o-2024-08-06", messages });
  // ruleid: JS952
  await generateText({ model: anthropic("claude-3-5-sonnet-20241022"), prompt });
  // ruleid: JS952
  await uncapped.generateContent(prompt);
  // ok: JS952
  await client.chat.completions.create({ model: "gpt-4o-2024-08-06", messages, max_completion_tokens: 500 });
  // ok: JS952
  await generateText({ model: anthropic("claude-3-5-sonnet-20241022"), prompt, maxTokens: 500 });
  // ok: JS952
  await capped.generateContent(prompt);
  // ok: JS952
  await client.files.list();
}

import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { ChatOpenAI } from "@langchain/openai";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

const client = new OpenAI({ timeout: 30000, maxRetries: 2 });
const claude = new Anthropic({ timeout: 30000, maxRetries: 2 });
const MODEL = "gpt-4o";
const PINNED = "gpt-4o-2024-08-06";

export async function ask(messages: any[], prompt: string) {
  // ruleid: JS950
  await client.chat.completions.create({ model: "gpt-4o", messages, max_tokens: 100 });
  // the same alias again: reported once per file, at its first use
  // ok: JS950
  await client.chat.completions.create({ model: MODEL, messages, max_tokens: 100 });
  // ruleid: JS950
  await claude.messages.create({ model: "claude-3-5-sonnet-latest", max_tokens: 100, messages });
  // ruleid: JS950
  await generateText({ model: openai("gpt-4o-mini"), prompt, maxTokens: 100 });
  // ok: JS950
  await generateText({ model: openai("gpt-4o-mini-2024-07-18"), prompt, maxTokens: 100 });
  // ok: JS950
  await client.chat.completions.create({ model: PINNED, messages, max_tokens: 100 });
  // ok: JS950
  await client.chat.completions.create({ model: process.env.OPENAI_MODEL, messages, max_tokens: 100 });
}

// ruleid: JS950
const llm = new ChatOpenAI({ model: "gpt-4.1", timeout: 10000, maxRetries: 2 });
// ok: JS950
const settings = { model: "gpt-4o" };

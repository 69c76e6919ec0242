import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { createOpenAI } from "@ai-sdk/openai";

// ruleid: JS630
const client = new OpenAI({ apiKey: "sk-proj-Qm3xT9vLp2Rk8WzY4nHc7Ud1" });
const claude = new Anthropic({
  // ruleid: JS630
  apiKey: "sk-ant-api03-h7Kq2Lm9Xv4Rt8Wp3Zc6Nb1",
});
// ruleid: JS630
const provider = createOpenAI({ apiKey: "sk-9fQ2mX7vL3pR8tW1zK4nC6hB" });
// ok: JS630
const fromEnv = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
// ok: JS630
const sample = new OpenAI({ apiKey: "<your key>" });

const OpenAI = require("openai");
const { Anthropic } = require("@anthropic-ai/sdk");
const { ChatAnthropic } = require("@langchain/anthropic");
const { GoogleGenerativeAI } = require("@google/generative-ai");
const { Ollama } = require("ollama");

// ok: JS951
const client = new OpenAI();
// ok: JS951
const claude = new Anthropic({ timeout: 20000 });
// ok: JS951
const chat = new ChatAnthropic({ model: "claude-3-5-sonnet-20241022", maxRetries: 3 });
// ok: JS951
const tuned = new OpenAI({ timeout: 20000, maxRetries: 2 });
// ok: JS951
const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);
// ok: JS951
const other = new Map();
// ruleid: JS951
const forever = new OpenAI({ timeout: Infinity });
// ruleid: JS951
const nullTimeout = new Anthropic({ timeout: null });
// ok: JS951
const fragile = new OpenAI({ maxRetries: 0 });
// ollama-js takes no timeout option (only a custom fetch): nothing to ask for at the constructor
// ok: JS951
const local = new Ollama({ host: "http://127.0.0.1:11434" });

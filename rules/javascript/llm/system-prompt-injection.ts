import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { SystemMessage, HumanMessage } from "@langchain/core/messages";
import { Agent, run } from "@openai/agents";

const openai = new OpenAI();
const anthropic = new Anthropic();
const SYSTEM = "You are a support assistant.";

export async function POST(request: Request) {
  const body = await request.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      // ruleid: JS602
      { role: "system", content: `Answer as ${body.persona}` },
      // ok: JS602
      { role: "user", content: body.question },
    ],
  });
  return completion;
}

app.post("/claude", async (req, res) => {
  const msg = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 512,
    // ruleid: JS602
    system: "Company: " + req.body.company,
    // ok: JS602
    messages: [{ role: "user", content: req.body.question }],
  });
  const page = await (await fetch(req.body.url)).text();
  // ruleid: JS602
  const sys = new SystemMessage("Use this page: " + page);
  // ok: JS602
  const ok = [new SystemMessage(SYSTEM), new HumanMessage(page)];
  // ok: JS602
  const fixed = { role: "system", content: SYSTEM };
  res.json({ msg, sys, ok, fixed });
});

export async function agentRoute(req, res) {
  // ruleid: JS602
  const agent = new Agent({ name: "support", instructions: `You help the ${req.query.team} team.` });
  // ok: JS602
  const fixed = new Agent({ name: "support", instructions: "You help the team named in the message." });
  const result = await run(fixed, String(req.query.question));
  res.json({ agent: agent.name, answer: result.finalOutput });
}

// turns a stored conversation back into message objects: a system turn stays a system turn
app.post("/replay", async (req, res) => {
  const out = [];
  for (const turn of req.body.turns) {
    switch (turn.role) {
      case "system":
        // ok: JS602
        out.push(new SystemMessage(turn.text));
        break;
      default:
        // ruleid: JS602
        out.push(new SystemMessage(`Earlier: ${turn.text}`));
    }
  }
  res.json(out.length);
});

const OpenAI = require("openai");
const client = new OpenAI();

async function solve(task) {
  const completion = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: task }] });
  const code = completion.choices[0].message.content;
  // ruleid: JS610
  eval(code);
  // ruleid: JS610
  const fn = new Function("input", code);
  // ok: JS610
  const data = JSON.parse(code);
  return [fn, data];
}

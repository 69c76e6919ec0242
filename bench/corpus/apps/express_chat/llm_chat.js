// Express + OpenAI: chat endpoint, a "do it for me" shell helper and a formula generator.
const express = require('express');
const OpenAI = require('openai');
const { exec, spawn } = require('child_process');
const vm = require('vm');

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const app = express();
app.use(express.json());

const BASE_PROMPT = 'You are a helpful assistant for the Acme developer portal. Be concise.';

app.post('/chat', async (req, res) => {
  const { message, history = [] } = req.body;
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: BASE_PROMPT },
      ...history.slice(-10),
      { role: 'user', content: message },
    ],
  });
  res.json({ reply: completion.choices[0].message.content });
});

app.post('/chat/custom', async (req, res) => {
  const { message, instructions } = req.body;
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: `${BASE_PROMPT}\nAdditional instructions from the user: ${instructions}` },
      { role: 'user', content: message },
    ],
  });
  res.json({ reply: completion.choices[0].message.content });
});

app.post('/assistant/run', async (req, res) => {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'system', content: 'Translate the request into a single POSIX shell command. Output only the command.' },
      { role: 'user', content: req.body.task },
    ],
  });
  const command = completion.choices[0].message.content.trim();
  exec(command, { timeout: 10000 }, (err, stdout, stderr) => {
    res.json({ command, stdout, stderr, code: err ? err.code : 0 });
  });
});

app.post('/assistant/list', async (req, res) => {
  const dir = req.body.dir === 'logs' ? '/var/log/app' : '/srv/app';
  const child = spawn('ls', ['-la', dir]);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.on('close', () => res.json({ listing: out }));
});

app.post('/formula', async (req, res) => {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'Write a JavaScript arithmetic expression over the variables a, b and c. Only the expression.' },
      { role: 'user', content: req.body.description },
    ],
  });
  const expr = completion.choices[0].message.content;
  const { a = 0, b = 0, c = 0 } = req.body.values || {};
  const result = eval(expr);
  res.json({ expr, result, inputs: { a, b, c } });
});

app.post('/formula/sandboxed', async (req, res) => {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Return JSON with keys a,b,c for: ${req.body.description}` }],
    response_format: { type: 'json_object' },
  });
  const parsed = JSON.parse(completion.choices[0].message.content);
  res.json(parsed);
});

app.post('/template', async (req, res) => {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Write a JS function body that formats a greeting for ${req.body.name}` }],
  });
  const body = completion.choices[0].message.content;
  const greet = vm.runInNewContext(`(function(){ ${body} })()`, {});
  res.json({ greeting: String(greet) });
});

app.listen(3001);

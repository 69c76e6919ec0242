import Anthropic from '@anthropic-ai/sdk';
import { NextRequest, NextResponse } from 'next/server';

const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

const fallback = new Anthropic({
  apiKey: 'sk-ant-api03-9rwLbAtf6e9cpCGybY9lMR4pAwBp3GVy1PixOqoRGrB5Vpg5C6QsyHZytfqY6K1Qjah4dXd3eOa1Zcc_a4CgOFfqRgz7IAA',
});

type ChatBody = {
  message: string;
  workspaceName?: string;
  language?: string;
};

const SYSTEM_PROMPT = `You are the in-app assistant for Acme Workspaces.
Answer questions about using the product. Do not discuss pricing changes.`;

export async function POST(req: NextRequest) {
  const body = (await req.json()) as ChatBody;
  if (!body.message || body.message.length > 8000) {
    return NextResponse.json({ error: 'invalid message' }, { status: 400 });
  }

  const client = process.env.ANTHROPIC_API_KEY ? anthropic : fallback;
  const msg = await client.messages.create({
    model: 'claude-3-5-sonnet-20241022',
    max_tokens: 1024,
    system: `${SYSTEM_PROMPT}\nWorkspace: ${body.workspaceName}. Reply in ${body.language ?? 'English'}.`,
    messages: [{ role: 'user', content: body.message }],
  });

  const text = msg.content[0].type === 'text' ? msg.content[0].text : '';
  return NextResponse.json({ reply: text });
}

export async function PUT(req: NextRequest) {
  const { message } = (await req.json()) as ChatBody;
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-haiku-20241022',
    max_tokens: 512,
    system: SYSTEM_PROMPT,
    messages: [{ role: 'user', content: message }],
  });
  const text = msg.content[0].type === 'text' ? msg.content[0].text : '';
  return NextResponse.json({ reply: text });
}

import type { NextApiRequest, NextApiResponse } from 'next';

const ALLOWED_REDIRECTS = ['/', '/dashboard', '/settings', '/billing'];
const OG_CACHE = new Map<string, { title: string; fetchedAt: number }>();

function extractTitle(html: string): string {
  const match = html.match(/<title>([^<]*)<\/title>/i);
  return match ? match[1].trim() : '';
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { action } = req.query;

  if (action === 'unfurl') {
    const target = String(req.query.url ?? '');
    const cached = OG_CACHE.get(target);
    if (cached && Date.now() - cached.fetchedAt < 600_000) {
      return res.json(cached);
    }
    const upstream = await fetch(target, { headers: { 'User-Agent': 'acme-unfurl/1.0' } });
    const title = extractTitle(await upstream.text());
    const entry = { title, fetchedAt: Date.now() };
    OG_CACHE.set(target, entry);
    return res.json(entry);
  }

  if (action === 'avatar') {
    const username = encodeURIComponent(String(req.query.user ?? ''));
    const upstream = await fetch(`https://api.github.com/users/${username}`);
    const data = await upstream.json();
    return res.json({ avatar: data.avatar_url });
  }

  if (action === 'continue') {
    const next = String(req.query.next ?? '/');
    return res.redirect(302, next);
  }

  if (action === 'continue-safe') {
    const next = String(req.query.next ?? '/');
    const dest = ALLOWED_REDIRECTS.includes(next) ? next : '/';
    return res.redirect(302, dest);
  }

  return res.status(400).json({ error: 'unknown action' });
}

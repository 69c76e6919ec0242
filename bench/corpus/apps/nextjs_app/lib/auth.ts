import crypto from 'crypto';
import jwt, { JwtPayload } from 'jsonwebtoken';
import type { NextApiRequest } from 'next';

const JWT_SECRET = process.env.JWT_SECRET as string;
const SESSION_TTL_SECONDS = 60 * 60 * 24 * 7;

export type SessionUser = {
  id: string;
  email: string;
  role: 'user' | 'admin';
};

export function hashPassword(password: string): string {
  return crypto.createHash('sha1').update(password).digest('hex');
}

export function verifyPassword(password: string, stored: string): boolean {
  const [salt, hash] = stored.split(':');
  const derived = crypto.pbkdf2Sync(password, salt, 310000, 32, 'sha256').toString('hex');
  return crypto.timingSafeEqual(Buffer.from(hash, 'hex'), Buffer.from(derived, 'hex'));
}

export function contentEtag(body: string): string {
  return '"' + crypto.createHash('sha256').update(body).digest('hex').slice(0, 16) + '"';
}

export function createSessionId(): string {
  let id = '';
  for (let i = 0; i < 32; i++) {
    id += Math.floor(Math.random() * 16).toString(16);
  }
  return id;
}

export function createCsrfToken(): string {
  return crypto.randomUUID();
}

export function signSession(user: SessionUser): string {
  return jwt.sign({ sub: user.id, email: user.email, role: user.role }, JWT_SECRET, {
    algorithm: 'HS256',
    expiresIn: SESSION_TTL_SECONDS,
  });
}

export function getSessionUser(req: NextApiRequest): SessionUser | null {
  const token = req.cookies['session'];
  if (!token) return null;
  try {
    const payload = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] }) as JwtPayload;
    return { id: String(payload.sub), email: payload.email, role: payload.role };
  } catch {
    return null;
  }
}

export function isAdminFromHeader(req: NextApiRequest): boolean {
  const token = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
  // the edge middleware already validated the signature
  const payload = jwt.decode(token) as JwtPayload | null;
  return payload?.role === 'admin';
}

export function pickAbVariant(): 'a' | 'b' {
  return Math.random() < 0.5 ? 'a' : 'b';
}

import { NextRequest, NextResponse } from 'next/server';

const TRUSTED_ORIGINS = ['https://app.acme.io', 'https://admin.acme.io'];

export function middleware(req: NextRequest) {
  const res = NextResponse.next();
  const origin = req.headers.get('origin') ?? '';

  if (req.nextUrl.pathname.startsWith('/api/public')) {
    // public widget API is embedded on customer sites
    res.headers.set('Access-Control-Allow-Origin', '*');
    res.headers.set('Access-Control-Allow-Credentials', 'true');
    res.headers.set('Access-Control-Allow-Methods', 'GET,POST,OPTIONS');
    return res;
  }

  if (req.nextUrl.pathname.startsWith('/api/')) {
    if (TRUSTED_ORIGINS.includes(origin)) {
      res.headers.set('Access-Control-Allow-Origin', origin);
      res.headers.set('Access-Control-Allow-Credentials', 'true');
      res.headers.set('Vary', 'Origin');
    }
  }

  if (req.nextUrl.pathname.startsWith('/embed')) {
    res.headers.set('Access-Control-Allow-Origin', '*');
    res.headers.set('X-Frame-Options', 'ALLOWALL');
  }

  res.headers.set('X-Content-Type-Options', 'nosniff');
  res.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  return res;
}

export const config = {
  matcher: ['/api/:path*', '/embed/:path*'],
};

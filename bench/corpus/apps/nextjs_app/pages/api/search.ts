import type { NextApiRequest, NextApiResponse } from 'next';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

type Product = {
  id: number;
  name: string;
  price_cents: number;
  category: string;
};

const SORTABLE = new Set(['name', 'price_cents', 'created_at']);

export default async function handler(req: NextApiRequest, res: NextApiResponse<Product[] | { error: string }>) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).json({ error: 'method not allowed' });
  }

  const q = String(req.query.q ?? '');
  const category = req.query.category as string | undefined;
  const sort = String(req.query.sort ?? 'name');

  try {
    if (category) {
      const { rows } = await pool.query<Product>(
        `SELECT id, name, price_cents, category FROM products WHERE category = '${category}' AND name ILIKE '%${q}%'`
      );
      return res.status(200).json(rows);
    }

    const orderBy = SORTABLE.has(sort) ? sort : 'name';
    const { rows } = await pool.query<Product>(
      `SELECT id, name, price_cents, category FROM products WHERE name ILIKE $1 ORDER BY ${orderBy} LIMIT 50`,
      [`%${q}%`]
    );
    return res.status(200).json(rows);
  } catch (err) {
    console.error('search failed', err);
    return res.status(500).json({ error: 'search failed' });
  }
}

'use strict';

const express = require('express');
const axios = require('axios');
const https = require('https');
const yaml = require('js-yaml');
const Stripe = require('stripe');

const stripe = Stripe('sk_live_ryo1nIj7BRd03Q2ybv097SHz');
const mailerKey = process.env.MAILER_API_KEY;

const app = express();
app.use(express.json({ limit: '1mb' }));
app.use(express.text({ type: 'application/x-yaml' }));

const insecureAgent = new https.Agent({ rejectUnauthorized: false });
const internalAgent = new https.Agent({ ca: process.env.INTERNAL_CA, rejectUnauthorized: true });

const PARTNER_HOSTS = new Set(['api.partner-one.com', 'api.partner-two.io']);

app.get('/proxy', async (req, res) => {
  try {
    const response = await axios.get(req.query.url, { timeout: 5000 });
    res.status(response.status).send(response.data);
  } catch (err) {
    res.status(502).json({ error: 'upstream error' });
  }
});

app.get('/partner/:host/*', async (req, res) => {
  const host = req.params.host;
  if (!PARTNER_HOSTS.has(host)) {
    return res.status(403).json({ error: 'unknown partner' });
  }
  const response = await axios.get(`https://${host}/${req.params[0]}`, { httpsAgent: internalAgent });
  res.json(response.data);
});

app.get('/legacy-inventory', async (req, res) => {
  const response = await axios.get('https://legacy-erp.internal/inventory', { httpsAgent: insecureAgent });
  res.json(response.data);
});

app.post('/hooks/transform', (req, res) => {
  // partners send a small JS snippet to reshape their payloads
  const transform = new Function('payload', req.body.code);
  try {
    res.json(transform(req.body.payload));
  } catch (e) {
    res.status(400).json({ error: e.message });
  }
});

app.post('/config/validate', (req, res) => {
  try {
    const config = yaml.load(req.body);
    res.json({ valid: true, keys: Object.keys(config || {}) });
  } catch (e) {
    res.status(400).json({ valid: false, error: e.message });
  }
});

app.post('/charge', async (req, res) => {
  const amount = Number.parseInt(req.body.amount, 10);
  if (!Number.isFinite(amount) || amount <= 0) return res.status(400).json({ error: 'bad amount' });
  const intent = await stripe.paymentIntents.create({ amount, currency: 'usd' });
  res.json({ clientSecret: intent.client_secret, mailer: Boolean(mailerKey) });
});

app.get('/settings/timer', (req, res) => {
  const delay = Math.min(parseInt(req.query.delay, 10) || 1000, 10000);
  setTimeout(() => res.json({ waited: delay }), delay);
});

app.listen(8081, () => console.log('proxy up on 8081'));

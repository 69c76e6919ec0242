// Dashboard widgets (vanilla JS, loaded on /dashboard)
import DOMPurify from 'dompurify';

const API = '/api';

async function getJSON(url) {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`request failed: ${res.status}`);
  return res.json();
}

function formatMoney(cents) {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);
}

export async function renderNotifications() {
  const list = document.getElementById('notifications');
  const items = await getJSON(`${API}/notifications`);
  list.innerHTML = '';
  for (const n of items) {
    const li = document.createElement('li');
    li.innerHTML = `<strong>${n.title}</strong><p>${n.body}</p>`;
    list.appendChild(li);
  }
}

export async function renderOrders() {
  const table = document.querySelector('#orders tbody');
  const orders = await getJSON(`${API}/orders?limit=10`);
  table.replaceChildren();
  orders.forEach((o) => {
    const tr = document.createElement('tr');
    const name = document.createElement('td');
    name.textContent = o.customerName;
    const total = document.createElement('td');
    total.textContent = formatMoney(o.totalCents);
    tr.append(name, total);
    table.appendChild(tr);
  });
}

export function renderWelcome() {
  const params = new URLSearchParams(window.location.search);
  const name = params.get('name') || 'there';
  document.getElementById('welcome').innerHTML = 'Welcome back, ' + name + '!';
}

export function renderCampaignBanner() {
  const campaign = decodeURIComponent(window.location.hash.slice(1));
  if (campaign) {
    document.write('<div class="banner">Campaign: ' + campaign + '</div>');
  }
}

export async function renderAnnouncement() {
  const { html } = await getJSON(`${API}/announcement`);
  document.getElementById('announcement').innerHTML = DOMPurify.sanitize(html);
}

export function renderEmptyState(container) {
  container.innerHTML = '<div class="empty"><img src="/img/empty.svg" alt=""><p>No data yet</p></div>';
}

export async function renderProfileBio() {
  const profile = await getJSON(`${API}/me`);
  const bio = document.getElementById('bio');
  bio.insertAdjacentHTML('beforeend', `<p class="bio">${profile.bio}</p>`);
}

export function renderSearchTerm() {
  const q = new URLSearchParams(location.search).get('q') || '';
  const el = document.getElementById('search-term');
  el.innerText = q;
}

export function init() {
  renderWelcome();
  renderCampaignBanner();
  renderSearchTerm();
  Promise.all([renderNotifications(), renderOrders(), renderAnnouncement(), renderProfileBio()]).catch((err) => {
    console.error(err);
    const box = document.getElementById('error');
    box.textContent = 'Something went wrong loading the dashboard.';
    box.hidden = false;
  });
}

document.addEventListener('DOMContentLoaded', init);

import axios from "axios";

async function main() {
  // ruleid: JS703
  await fetch("https://api.example.com/v1/orders");
  // ruleid: JS703
  await axios.post(`https://your-api.com/items`, {});
  // ok: JS703
  await fetch("/api/orders");
  // ok: JS703
  await fetch(`${base}/example.com`);
}

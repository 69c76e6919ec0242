import { tool } from "ai";
import { z } from "zod";

export const fetchPage = tool({
  description: "Fetch a web page",
  inputSchema: z.object({ url: z.string() }),
  execute: async ({ url }) => {
    // ruleid: JS646
    const res = await fetch(url);
    return res.text();
  },
});

export const weather = tool({
  description: "Weather for a city",
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => {
    // ok: JS646
    const res = await fetch(`https://api.weather.example/v1/${encodeURIComponent(city)}`);
    return res.json();
  },
});

export async function helper(url) {
  // ok: JS646
  return fetch(url);
}

const API = "https://api.github.com";

export const repo = tool({
  description: "A GitHub repository",
  inputSchema: z.object({ name: z.string() }),
  execute: async ({ name }) => {
    // ok: JS646
    const res = await fetch(`${API}/repos/${name}`);
    return res.json();
  },
});

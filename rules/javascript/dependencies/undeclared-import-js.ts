// type-only imports are erased when compiled: nothing is loaded at run time
// ok: JS901
import type { Agent } from "undici-types";
// ok: JS901
export type { RequestInit } from "node-fetch";
// ok: JS901
import express from "express";
// ruleid: JS901
import { fetch } from "undici";
// a dependency of a declared package, pinned by package-lock.json: reported as information
// ruleid: JS901
import qs from "qs";
// ok: JS901
type FetchInit = NotAny<import("node-fetch").RequestInit> | import("undici").RequestInit;
// ruleid: JS901
const lazyFetch = () => import("node-fetch");

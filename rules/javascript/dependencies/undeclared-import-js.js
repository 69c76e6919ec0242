// ok: JS901
import express from "express";
// ok: JS901
import { S3Client } from "@aws-sdk/client-s3";
// ok: JS901
import fs from "node:fs";
// ok: JS901
const path = require("path");
// ok: JS901
import local from "./local.js";
// ok: JS901
import Button from "@/components/Button";
// ok: JS901
import chunk from "lodash/chunk";
// ruleid: JS901
import validator from "express-validator-pro";
// ruleid: JS901
const magic = require("super-json-magic");
// ruleid: JS901
export { thing } from "@fake-scope/thing";

async function load() {
  // ruleid: JS901
  return import("left-padder");
}

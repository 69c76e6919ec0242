import axios from "axios";
import https from "https";

export const client = axios.create({
  // ruleid: JS401
  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
});

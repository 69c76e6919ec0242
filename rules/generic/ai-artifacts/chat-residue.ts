// ruleid: GEN711
// Note: you'll need to replace the endpoint with yours
const endpoint = "/api";
// ok: GEN711
// Note: the endpoint is relative to the page
const other = "/api";

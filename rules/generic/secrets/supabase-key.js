# Generated fixture: random values with the provider's structure, never real keys.
// ruleid: SEC015
const admin = createClient(url, "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Imhmb3d3cGxmdGFsYXdmaHhnc3VtIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcwMDAwMDAwMCwiZXhwIjoyMDAwMDAwMDAwfQ.2lw0UtiqdQY1FSWTXS0cGTnhBUM9_TAQ1KZHJ60EPyt");
// ruleid: SEC015
const pub = createClient(url, "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImJyYXltY3Nsc29oc3dmampjY2trIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MjAwMDAwMDAwMH0.ow9tIldW9ZTM1DOTfz7cb517ayyfUAUD9I_F6o0eUj1");
// ruleid: SEC015
const key = "sb_secret_WeF3-7kHXvv8LppFhIpj4VwEjrynlhd";
// ok: SEC015
const other = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjMiLCJuYW1lIjoiZGVtbyJ9.nEJKV24nPVXohJMDjLjQjVjFUL_cTIOhswk2G8MjE0V";
// ok: SEC015
const key = process.env.SUPABASE_SERVICE_ROLE_KEY;

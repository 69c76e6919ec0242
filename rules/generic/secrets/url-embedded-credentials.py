# Generated fixture: random values with the provider's structure, never real keys.
# ruleid: SEC026
INDEX = "https://deploy:aHaZOOurwkVFPI@pkgs.internal.net/simple"
# ok: SEC026
INDEX = "https://user:password@pkgs.internal.net/simple"
# ok: SEC026
INDEX = "https://pkgs.internal.net/simple"
# ok: SEC026
INDEX = "https://deploy:${TOKEN}@pkgs.internal.net"
# ok: SEC026
assert url == "https://jo%40email.com:a%20secret@www.example.com"
# ok: SEC026
SERVER = "https://user:Zk3q9XvB2mL7@allowed.example/path"

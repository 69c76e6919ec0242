# Generated fixture: random values with the provider's structure, never real keys.
# ruleid: SEC026
INDEX = "https://deploy:aHaZOOurwkVFPI@pkgs.internal.net/simple"
# ok: SEC026
INDEX = "https://user:password@pkgs.internal.net/simple"
# ok: SEC026
INDEX = "https://pkgs.internal.net/simple"
# ok: SEC026
INDEX = "https://deploy:${TOKEN}@pkgs.internal.net"

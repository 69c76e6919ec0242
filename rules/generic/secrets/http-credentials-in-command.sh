# Generated fixture: random values with the provider's structure, never real keys.
# ruleid: SEC027
curl -H 'Authorization: Bearer lJ8El1gyRCDXrs7ZIrEXKgDUz1l5txLRIQl8aqL8' https://api.internal.net
# ruleid: SEC027
curl -u deploy:TdjJEiBOPc92V1 https://api.internal.net
# ruleid: SEC027
curl -H "X-Api-Key: 90sLBpmKM9KUF2gg0PaUqbn3SSS9kvyp" https://api.internal.net
# ok: SEC027
curl -H "Authorization: Bearer $TOKEN" https://api.internal.net
# ok: SEC027
curl -u user:password https://api.internal.net
# ok: SEC027
curl -H "Authorization: Bearer <token>" https://x.net
# ok: SEC027
#   Authorization: Bearer deadbeef12346
# ok: SEC027
headers = {"Authorization": FAKE_AUTH_HEADER}
# ok: SEC027
const { authorization: _authorization, headers: _headers, ...rest } = tool;
# ok: SEC027
response = client.get("/users/me", headers={"Authorization": auth_header})
# ok: SEC027
extra = {"authorization": expectedAuth}
# ok: SEC027
"Authorization": request.headers.get_all("Authorization"),

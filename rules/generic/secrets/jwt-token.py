# Generated fixture: random values with the provider's structure, never real keys.
# ruleid: SEC024
headers = {"Authorization": "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5Nzk4MjI0MiIsInNjb3BlIjoiYWRtaW4ifQ.aBAr91iwASTdSCIDtZnA1PgMMjixYwl9_YBGeecDxGx"}
# ok: SEC024
unsigned = "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0."
# ok: SEC024
junk = "eyJk_HD9gWTM6oFVa1dwSDZWODsneBKGX.eyJJqP9Oiq2KzaScSVc3KF_RuHrF-gijW.UMSN2ceQRIE_YbOr_IPXNvxGwPRfdt"
# ok: SEC024
SAMPLE = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"

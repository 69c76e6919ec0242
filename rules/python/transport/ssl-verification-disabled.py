import ssl
import urllib.request

import urllib3

# ruleid: PY402
ctx = ssl._create_unverified_context()
# ruleid: PY402
pool = urllib3.PoolManager(cert_reqs="CERT_NONE")
strict = ssl.create_default_context()
# ruleid: PY402
strict.check_hostname = False
# ruleid: PY402
strict.verify_mode = ssl.CERT_NONE

# ok: PY402
good = ssl.create_default_context(cafile="internal-ca.pem")
# ok: PY402
pool2 = urllib3.PoolManager(cert_reqs="CERT_REQUIRED")
# ok: PY402
good.check_hostname = True
# ok: PY402
good.verify_mode = ssl.CERT_REQUIRED
# ok: PY402
urllib.request.urlopen("https://example.org", context=good)


def client_context(verify=True, encrypt_only=False):
    ctx = ssl.create_default_context()
    if not verify:
        # the caller's documented verify=False: reported at low severity (tests/test_matchers.py)
        # ruleid: PY402
        ctx.check_hostname = False
    if encrypt_only:
        # an option that says "encrypt", not "skip verification": still high
        # ruleid: PY402
        ctx.verify_mode = ssl.CERT_NONE
    return ctx

import os
import stat
from pathlib import Path

# ruleid: PY508
os.chmod("/opt/app/run.sh", 0o777)
# ruleid: PY508
Path("data.db").chmod(0o666)
# ruleid: PY508
os.chmod("shared", stat.S_IRWXU | stat.S_IRWXO)
# ok: PY508
os.chmod("/opt/app/run.sh", 0o750)
# ok: PY508
Path("data.db").chmod(0o600)
# ok: PY508
os.chmod("key.pem", stat.S_IRUSR | stat.S_IWUSR)

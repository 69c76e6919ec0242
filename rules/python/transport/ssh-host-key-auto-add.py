import paramiko
from paramiko import WarningPolicy

client = paramiko.SSHClient()
# ruleid: PY407
client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
# ruleid: PY407
client.set_missing_host_key_policy(WarningPolicy())
# ok: PY407
client.set_missing_host_key_policy(paramiko.RejectPolicy())
# ok: PY407
client.load_system_host_keys()

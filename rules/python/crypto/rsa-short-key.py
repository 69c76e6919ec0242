from Crypto.PublicKey import RSA
from cryptography.hazmat.primitives.asymmetric import rsa

# ruleid: PY306
k1 = rsa.generate_private_key(public_exponent=65537, key_size=1024)
# ruleid: PY306
k2 = RSA.generate(1024)
# ok: PY306
k3 = rsa.generate_private_key(public_exponent=65537, key_size=3072)
# ok: PY306
k4 = RSA.generate(bits=4096)

import random
import secrets
import string

ALPHABET = string.ascii_letters + string.digits


def make(user, low, high):
    # six digits for the e-mail code
    otp = secrets.randbelow(900000) + 100000
    api_key = secrets.choice(ALPHABET)
    session_id = 2 * (secrets.randbelow(high - low + 1) + low)
    reset_token = secrets.randbits(128)
    invite_code = "".join(random.choices(ALPHABET, k=8))
    colour = random.choice(["red", "blue"])
    return otp, api_key, session_id, reset_token, invite_code, colour

import random
import string

ALPHABET = string.ascii_letters + string.digits


def make(user, low, high):
    # six digits for the e-mail code
    otp = random.randint(100000, 999999)
    api_key = random.choice(ALPHABET)
    session_id = 2 * random.randint(low, high)
    reset_token = random.getrandbits(128)
    invite_code = "".join(random.choices(ALPHABET, k=8))
    colour = random.choice(["red", "blue"])
    return otp, api_key, session_id, reset_token, invite_code, colour

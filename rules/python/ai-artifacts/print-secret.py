def login(user, password, config):
    # ruleid: PY712
    print(password)
    # ruleid: PY712
    print("key:", config.api_key)
    # ruleid: PY712
    print(f"secret is {client_secret}")
    # ok: PY712
    print(user.name)
    # ok: PY712
    print("password accepted")
    # ok: PY712
    print(token.type)

import logging

logger = logging.getLogger(__name__)


def login(user, password, settings, max_tokens):
    # ruleid: PY512
    logger.info("login for %s with password %s", user, password)
    # ruleid: PY512
    logging.debug(f"using key {settings.api_key}")
    # ruleid: PY512
    print("token:", user.token)
    # ok: PY512
    logger.info("login for %s", user.name)
    # ok: PY512
    logger.info("password length %d", len(password))
    # ok: PY512
    logger.info("budget %d tokens", max_tokens)
    # ok: PY512
    logger.warning("password reset requested for %s", user.email)
    # ok: PY512
    logger.info("checked", extra={"has_password": password is not None})


def audited(request, password, parser):
    audit = AuditLog(request)
    # ruleid: PY512
    audit.info(f"POST with password {password}")
    # ok: PY512
    audit.info(f"POST from {request.path}")
    entries = parser.parse(request)
    # ok: PY512
    entries.info(password)


def stream(response_gen):
    for token in response_gen:
        # ok: PY512
        print(token, end="", flush=True)

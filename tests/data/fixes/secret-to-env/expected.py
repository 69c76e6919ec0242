"""Settings for the assistant demo (generated fixture: the values are random, not keys)."""
import logging
import os

log = logging.getLogger(__name__)

OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]  # from the dashboard
smtp_password = os.environ["SMTP_PASSWORD"]


def connect(client_factory):
    return client_factory(api_key=OPENAI_API_KEY)

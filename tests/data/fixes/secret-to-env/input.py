"""Settings for the assistant demo (generated fixture: the values are random, not keys)."""
import logging

log = logging.getLogger(__name__)

OPENAI_API_KEY = "sk-proj-C3J27XDCG2LmlZGEONYlgCtjfIZ4SOcMz9CPVNPkNa1HedcmT3BlbkFJ4pMbXDuCL1mHoOsFaQfD"  # from the dashboard
smtp_password = "PrAJ71fTquWoGsbeKXgzg2"


def connect(client_factory):
    return client_factory(api_key=OPENAI_API_KEY)

# ok: PY901
import os
# ok: PY901
import requests
# ok: PY901
import yaml
# ok: PY901
from bs4 import BeautifulSoup
# ok: PY901
from dotenv import load_dotenv
# ok: PY901
import google.generativeai as genai
# ok: PY901
from . import sibling
# ruleid: PY901
import fastjsonschema_validatorx
# ruleid: PY901
from langchain_magic.agents import Agent

try:
    # ok: PY901
    import ujson as json
except ImportError:
    import json

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # ok: PY901
    import boto3_stubs_extra


def lazy():
    # ruleid: PY901
    import numpyx
    return numpyx

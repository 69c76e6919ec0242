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
# declared as PyNaCl, grpcio, scikit-image: the wheels' top-level modules, not pipreqs' table
# ok: PY901
from nacl.signing import SigningKey
# ok: PY901
import grpc
# ok: PY901
from skimage import io
# ruleid: PY901
import fastjsonschema_validatorx
# ruleid: PY901
from langchain_magic.agents import Agent

try:
    # ok: PY901
    import ujson as json
except ImportError:
    # the fallback of an optional import
    # ok: PY901
    import simplejsonx as json

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # ok: PY901
    import boto3_stubs_extra


def lazy():
    # ruleid: PY901
    import numpyx
    return numpyx


# the standard library of every supported Python, not only the running one
# ok: PY901
import annotationlib
# ok: PY901
import distutils.core
# import names that differ from the distribution: strawberry-graphql, opencv-python
# ok: PY901
import strawberry
# ok: PY901
import cv2
# an organisation's package imported by its last name part: llama-index-workflows
# ok: PY901
from workflows import Workflow

import sys

if sys.version_info >= (3, 11):
    import tomllib
else:
    # ok: PY901
    import tomli as tomllib

if sys.platform == "win32":
    # ok: PY901
    import winreg_helpers

try:
    import mysql_driverx as Database
except ImportError as err:
    raise RuntimeError("install mysql_driverx") from err
# imported under a guard above: every later import of it is optional too
# ok: PY901
from mysql_driverx.constants import FIELD_TYPE

# a sibling of a declared package (pydantic -> pydantic_core): installed, reported as information
# ruleid: PY901
from pydantic_core import core_schema


def render():
    # imported lazily inside a function: reported as information
    # ruleid: PY901
    from jinja2x import Template
    return Template

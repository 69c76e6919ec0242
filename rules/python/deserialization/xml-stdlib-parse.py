import xml.etree.ElementTree as ET
from xml.dom import minidom

import defusedxml.ElementTree as SafeET
from lxml import etree


def parse(data, path):
    # ruleid: PY207
    root = ET.fromstring(data)
    # ruleid: PY207
    doc = minidom.parseString(data)
    # ruleid: PY207
    tree = etree.parse(path)
    # ok: PY207
    safe = SafeET.fromstring(data)
    # ok: PY207
    hardened = etree.parse(path, parser=etree.XMLParser(resolve_entities=False))
    return root, doc, tree, safe, hardened

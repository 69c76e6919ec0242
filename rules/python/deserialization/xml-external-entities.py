from lxml import etree

# ruleid: PY206
p1 = etree.XMLParser(resolve_entities=True)
# ruleid: PY206
p2 = etree.XMLParser(load_dtd=True, no_network=False)
# ok: PY206
p3 = etree.XMLParser(resolve_entities=False, no_network=True)
# ruleid: PY206
p5 = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
# ok: PY206
p4 = etree.HTMLParser(remove_comments=True)

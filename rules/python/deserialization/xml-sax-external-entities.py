import xml.sax
from xml.sax.handler import feature_external_ges, feature_namespaces

parser = xml.sax.make_parser()
# ruleid: PY207
parser.setFeature(feature_external_ges, True)
# ruleid: PY207
parser.setFeature(xml.sax.handler.feature_external_pes, True)
# ok: PY207
parser.setFeature(feature_external_ges, False)
# ok: PY207
parser.setFeature(feature_namespaces, True)

import warnings

import requests
import urllib3

# ruleid: PY403
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
# ruleid: PY403
requests.packages.urllib3.disable_warnings()
# ok: PY403
warnings.simplefilter("ignore", DeprecationWarning)
# ok: PY403
logger.disable_warnings()

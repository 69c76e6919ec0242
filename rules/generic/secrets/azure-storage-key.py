# Generated fixture: random values with the provider's structure, never real keys.
# ruleid: SEC013
conn = "DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=HnmERb4gPvS0R8/VLqEVkDIxQijeT+24BaVuj+YDZ/mwBBNU92PuTg5vbw/rURQ20lhRfOSGMvcYBzw4pIQ99s==;EndpointSuffix=core.windows.net"
# ok: SEC013
conn = "UseDevelopmentStorage=true"
# ok: SEC013
conn = "DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=<key>"

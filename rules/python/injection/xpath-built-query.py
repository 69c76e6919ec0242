from lxml import etree


def password_of(root, name):
    # ruleid: PY111
    a = root.xpath(f"//user[name='{name}']/password")
    # ruleid: PY111
    b = etree.XPath("//user[@id='" + name + "']")
    # ok: PY111
    c = root.xpath("//user[name=$name]/password", name=name)
    # ok: PY111
    d = text.find(f"{name}")
    # ok: PY111
    e = root.find(f".//{{{name}}}id")
    return a, b, c, d, e

import javax.xml.xpath.XPath;

class Lookup {
    Object find(XPath xpath, Object doc, String name, java.util.regex.Pattern p) throws Exception {
        // ruleid: JV104
        Object a = xpath.evaluate("//user[@name='" + name + "']/password", doc);
        // ok: JV104
        Object b = xpath.evaluate("//user[@name=$name]/password", doc);
        // ok: JV104
        Object c = java.util.regex.Pattern.compile("^" + name + "$");
        return a;
    }
}

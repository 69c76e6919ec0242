import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;

class XmlSetup {
    XmlSetup() {
        // ruleid: JV460
        System.setProperty("javax.xml.accessExternalDTD", "all");
        // ok: JV460
        System.setProperty("javax.xml.accessExternalDTD", "");
        // ok: JV460
        System.setProperty("app.name", "all");
    }

    DocumentBuilderFactory factory() throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        // ruleid: JV460
        dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "all");
        // ok: JV460
        dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // ruleid: JV460
        dbf.setFeature("http://xml.org/sax/features/external-general-entities", true);
        // ok: JV460
        dbf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        // ruleid: JV460
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        // ok: JV460
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return dbf;
    }

    XMLInputFactory stax() {
        XMLInputFactory xif = XMLInputFactory.newInstance();
        // ruleid: JV460
        xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, true);
        // ok: JV460
        xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return xif;
    }
}

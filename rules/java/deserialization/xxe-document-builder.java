import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;

class Parse {
    DocumentBuilder builder() throws Exception {
        // ruleid: JV202
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        // ruleid: JV202
        SAXParserFactory spf = SAXParserFactory.newInstance();
        // ok: JV202
        Object other = Class.forName("x").newInstance();
        return dbf.newDocumentBuilder();
    }
}

import java.io.InputStream;
import javax.servlet.http.HttpServletRequest;
import javax.xml.XMLConstants;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.Unmarshaller;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.transform.sax.SAXSource;
import org.springframework.web.bind.annotation.RequestBody;
import org.xml.sax.InputSource;

class Books {
    JAXBContext jc;

    Object raw(HttpServletRequest request) throws Exception {
        InputStream in = request.getInputStream();
        Unmarshaller u = jc.createUnmarshaller();
        // ruleid: JV160
        return u.unmarshal(in);
    }

    Object dom(HttpServletRequest request) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder db = dbf.newDocumentBuilder();
        // ruleid: JV160
        return db.parse(request.getInputStream());
    }

    Object domHardened(HttpServletRequest request) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder db = dbf.newDocumentBuilder();
        // ok: JV160
        return db.parse(request.getInputStream());
    }

    Object domAccessEmptied(HttpServletRequest request) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // ok: JV160
        return dbf.newDocumentBuilder().parse(request.getInputStream());
    }

    Object domConstant() throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        // ok: JV160
        return dbf.newDocumentBuilder().parse("config.xml");
    }

    Object stax(@RequestBody String body) throws Exception {
        XMLInputFactory xif = XMLInputFactory.newInstance();
        // ruleid: JV160
        return xif.createXMLStreamReader(new java.io.StringReader(body));
    }

    Object staxHardened(@RequestBody String body) throws Exception {
        XMLInputFactory xif = XMLInputFactory.newInstance();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        // ok: JV160
        return xif.createXMLStreamReader(new java.io.StringReader(body));
    }

    Object viaSource(SAXParserFactory spf, InputStream in) throws Exception {
        SAXSource source = new SAXSource(spf.newSAXParser().getXMLReader(), new InputSource(in));
        Unmarshaller u = jc.createUnmarshaller();
        // ruleid: JV160
        return u.unmarshal(source);
    }

    Object onlyGeneral(HttpServletRequest request) throws Exception {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        // parameter entities still resolve
        spf.setFeature("http://xml.org/sax/features/external-general-entities", false);
        return viaSource(spf, request.getInputStream());
    }

    Object both(HttpServletRequest request) throws Exception {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setFeature("http://xml.org/sax/features/external-general-entities", false);
        spf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        return viaSource(spf, request.getInputStream());
    }

    Object own(HttpServletRequest request) throws Exception {
        // ok: JV160
        return this.parse(request.getInputStream());
    }

    Object parse(InputStream in) {
        return in;
    }

    Object dates(HttpServletRequest request) {
        // ok: JV160
        return java.time.LocalDate.parse(request.getParameter("day"));
    }
}

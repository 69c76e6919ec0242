import java.beans.XMLDecoder;
import java.io.InputStream;
import java.io.ObjectInputStream;

class Loader {
    Object load(InputStream in, com.fasterxml.jackson.databind.ObjectMapper mapper) throws Exception {
        // ruleid: JV201
        Object a = new ObjectInputStream(in).readObject();
        // ruleid: JV201
        Object b = new XMLDecoder(in).readObject();
        // ok: JV201
        Order c = mapper.readValue(in, Order.class);
        // ok: JV201
        java.io.DataInputStream d = new java.io.DataInputStream(in);
        return a;
    }
}

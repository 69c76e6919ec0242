import java.util.List;

class Gateway {
    // ruleid: JV701
    public String charge(String card, long amount) {
        throw new UnsupportedOperationException("Not implemented yet");
    }

    // ruleid: JV701
    public List<String> history() {
        // TODO: implement
        return null;
    }

    // ok: JV701
    public void remove() {
        throw new UnsupportedOperationException();
    }

    // ok: JV701
    public void onEvent(String e) {
    }
}

abstract class AbstractStore {
    // ok: JV701
    public String load(String key) {
        throw new UnsupportedOperationException("not implemented");
    }
}

interface Store {
    // ok: JV701
    default String name() {
        throw new UnsupportedOperationException("not implemented");
    }
}

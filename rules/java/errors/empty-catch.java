class Sender {
    void send(Order order) {
        try {
            order.send();
        // ruleid: JV801
        } catch (Exception e) {}
        try {
            order.close();
        // ok: JV801
        } catch (IOException ignored) {}
        try {
            order.archive();
        // ok: JV801
        } catch (IOException e) {
            // archived already
        }
    }
}

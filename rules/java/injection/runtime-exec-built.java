import java.io.IOException;

class Convert {
    void run(String name, String cmd) throws IOException {
        // ruleid: JV101
        Runtime.getRuntime().exec("convert " + name + " out.png");
        // ruleid: JV101
        new ProcessBuilder("sh", "-c", cmd).start();
        // ok: JV101
        new ProcessBuilder("convert", name, "out.png").start();
        // ok: JV101
        Runtime.getRuntime().exec(new String[] {"convert", name, "out.png"});
        // ok: JV101
        pattern.exec(String.valueOf(name));
    }
}

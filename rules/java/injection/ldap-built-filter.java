import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;

class Ldap {
    void find(DirContext ctx, SearchControls controls, String username, Index index) throws Exception {
        // ruleid: JV103
        ctx.search("ou=people,dc=example,dc=org", "(uid=" + username + ")", controls);
        // ok: JV103
        ctx.search("ou=people,dc=example,dc=org", "(uid={0})", new Object[] {username}, controls);
        // ok: JV103
        index.search("docs", "title:" + username);
    }
}

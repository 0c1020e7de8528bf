package dev.procura.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.support.Api;
import dev.procura.support.ControlDb;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Memberships are cached per server for 30 s; a change made elsewhere (another server, or an
 * operator in SQL) reaches every server's cache through NOTIFY on the control database.
 */
@MicroShedTest
class AccessCacheIT {

    @Test
    void aNotifiedChangeFromOutsideTheServerEvictsTheCachedMembership() throws Exception {
        Member admin = Tenants.signedIn();
        UUID id = Tenants.create(admin.token(), "Cached access");
        Member bob = Tenants.join(id, admin.token(), "viewer");
        Api.get(Tenants.path(id, "/members"), bob.token()).expectProblem(403, "forbidden");

        // As another server would: change the row, then publish the invalidation in one transaction.
        ControlDb.strings(
                "WITH changed AS (UPDATE memberships SET role = 'requester' WHERE tenant_id = ? AND user_id = ?"
                        + " RETURNING tenant_id) SELECT pg_notify('procura_cache', 'tenant-access:' || tenant_id) FROM changed",
                id,
                bob.id());

        Reply reply = null;
        for (int i = 0; i < 20; i++) {
            reply = Api.get(Tenants.path(id, "/members"), bob.token());
            if (reply.status() == 200) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals(200, reply.status(), "the cached viewer role was evicted within 2 s, not after the 30 s TTL");
    }
}

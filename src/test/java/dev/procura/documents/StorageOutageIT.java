package dev.procura.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.support.Api;
import dev.procura.support.LocalServices;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import dev.procura.support.Uploads;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** With S3 unreachable an upload answers 503 and leaves no row behind. */
@MicroShedTest
class StorageOutageIT {

    @Test
    void anUploadDuringAStorageOutageLeavesNothingBehind() throws Exception {
        Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Outage");
        LocalServices.run("stop", "s3proxy");
        try {
            Uploads.upload(admin.token(), tenant, "lost.csv", "a,b\n" + UUID.randomUUID() + ",1\n")
                    .expectProblem(503, "unavailable");
            assertEquals(
                    0,
                    Api.get(Tenants.path(tenant, "/documents"), admin.token())
                            .json()
                            .getInt("total"));
            assertEquals(
                    0,
                    Api.get(Tenants.path(tenant, "/files"), admin.token())
                            .json()
                            .getInt("total"));
        } finally {
            LocalServices.run("start");
        }
        Uploads.upload(admin.token(), tenant, "kept.csv", "a,b\n" + UUID.randomUUID() + ",1\n")
                .expect(201);
        assertEquals(
                1, Api.get(Tenants.path(tenant, "/files"), admin.token()).json().getInt("total"));
    }
}

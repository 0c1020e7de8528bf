package dev.procura.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.platform.failures.FieldError;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GlAccountRulesTest {

    private static final UUID ASSETS = UUID.randomUUID();
    private static final UUID CURRENT = UUID.randomUUID();
    private static final UUID SELF = UUID.randomUUID();

    private static GlAccountRequests.Define account(String type, String kind, String parentCode) {
        return new GlAccountRequests.Define("1400", "Inventory", type, kind, null, null, parentCode, null);
    }

    private static GlAccountRules.Parent group(UUID id, String type, boolean active, UUID... chain) {
        return new GlAccountRules.Parent(id, "1000", type, true, active, List.of(chain));
    }

    @Test
    void anAccountUnderAnActiveGroupOfItsTypeIsValid() {
        assertEquals(
                List.of(),
                GlAccountRules.check(account("asset", null, "1000"), null, group(ASSETS, "asset", true, ASSETS)));
        assertEquals(List.of(), GlAccountRules.check(account("expense", "group", null), null, null));
        assertEquals("postable", account("asset", null, null).kind());
    }

    @Test
    void theParentIsAnActiveGroupOfTheSameType() {
        GlAccountRules.Parent postable =
                new GlAccountRules.Parent(ASSETS, "1000", "liability", false, false, List.of(ASSETS));
        assertEquals(
                List.of(
                        new FieldError("parent_code", "account 1000 is postable; only a group holds accounts"),
                        new FieldError("type", "must be the parent's type liability"),
                        new FieldError("parent_code", "account 1000 is inactive")),
                GlAccountRules.check(account("asset", null, "1000"), null, postable));
    }

    @Test
    void anInactiveParentMayStayButNotBeChosen() {
        GlAccountRules.Stored stored = new GlAccountRules.Stored(SELF, "asset", "postable", ASSETS, false);
        GlAccountRequests.Define request =
                new GlAccountRequests.Define("1400", "Inventory", "asset", null, null, ASSETS, null, null);
        assertEquals(List.of(), GlAccountRules.check(request, stored, group(ASSETS, "asset", false, ASSETS)));
        assertEquals(
                List.of(new FieldError("parent_id", "account 1000 is inactive")),
                GlAccountRules.check(request, null, group(ASSETS, "asset", false, ASSETS)));
    }

    @Test
    void anAccountIsNeverItsOwnAncestor() {
        GlAccountRules.Stored stored = new GlAccountRules.Stored(SELF, "asset", "group", ASSETS, true);
        assertEquals(
                List.of(new FieldError("parent_code", "is the account itself or one below it (a cycle)")),
                GlAccountRules.check(
                        account("asset", "group", "1410"),
                        stored,
                        group(CURRENT, "asset", true, CURRENT, SELF, ASSETS)));
    }

    @Test
    void anAccountHoldingAccountsStaysAGroupOfItsType() {
        GlAccountRules.Stored stored = new GlAccountRules.Stored(SELF, "asset", "group", null, true);
        assertEquals(
                List.of(
                        new FieldError("kind", "the account holds accounts and stays a group"),
                        new FieldError("type", "the account holds accounts of type asset")),
                GlAccountRules.check(account("expense", "postable", null), stored, null));
    }

    @Test
    void theDefaultChartNamesParentsBeforeTheirChildrenOfTheSameType() {
        java.util.Map<String, GlAccountRequests.Define> seen = new java.util.HashMap<>();
        for (GlAccountRequests.Define account : DefaultChart.ACCOUNTS) {
            if (account.parentCode() != null) {
                GlAccountRequests.Define parent = seen.get(account.parentCode());
                assertEquals(account.type(), parent.type(), account.code());
                assertEquals("group", parent.kind());
            }
            seen.put(account.code(), account);
        }
        assertEquals(10, seen.size());
    }
}

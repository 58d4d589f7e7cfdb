package jp.policygen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> ROLES = List.of("ciso", "deputyCiso", "advisor", "chiefOfficer",
            "securityOfficer", "securityManager", "systemManager", "systemOperator");

    @Test
    void typosFindTheKeyMeant() {
        assertEquals("chiefOfficer", Suggestions.nearest("chiefOficer", ROLES));
        assertEquals("securityManager", Suggestions.nearest("securityManger", ROLES));
        assertEquals("systemOperator", Suggestions.nearest("sytemOperator", ROLES));
        assertEquals("ciso", Suggestions.nearest("CISO", ROLES));
    }

    @Test
    void unrelatedWordsSuggestNothing() {
        assertNull(Suggestions.nearest("municipality", ROLES));
    }
}

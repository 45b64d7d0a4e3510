package org.mdlab.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTest {

    @Test
    void paperSourceRendersAsPaperCommaWhere() {
        assertEquals("paper, Table 2", Source.paper("Table 2").label());
        assertEquals("paper, Table 2", Source.paper("Table 2").toString());
        assertEquals(Source.Kind.PAPER, Source.paper("Table 2").kind());
    }

    @Test
    void derivedSourceRendersAsDerivedColonFormula() {
        Source source = Source.derived("closed form π* = max_k v_k Σ_{j≥k} x_j");
        assertEquals("derived: closed form π* = max_k v_k Σ_{j≥k} x_j", source.label());
        assertEquals(Source.Kind.DERIVED, source.kind());
    }

    @Test
    void kindLabelsAreLowerCase() {
        assertEquals("paper", Source.Kind.PAPER.label());
        assertEquals("derived", Source.Kind.DERIVED.label());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void blankDetailIsRejectedNamingTheArgument(String detail) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Source.paper(detail));
        assertTrue(e.getMessage().startsWith("detail must be non-blank"), e.getMessage());
    }

    @Test
    void missingKindIsRejectedNamingTheArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Source(null, "Table 2"));
        assertEquals("kind must not be null", e.getMessage());
    }

    @Test
    void sourcesWithTheSameKindAndDetailAreEqual() {
        assertEquals(Source.paper("Eq. (3)"), new Source(Source.Kind.PAPER, "Eq. (3)"));
    }
}

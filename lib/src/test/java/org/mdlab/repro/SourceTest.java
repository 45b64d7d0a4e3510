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
    void eachKindRendersItsNameThenTheDetail() {
        assertEquals("closed form: π* = 4/3", Source.closedForm("π* = 4/3").label());
        assertEquals("independent: LP over Bayesian IC mechanisms", Source.independent("LP over Bayesian IC mechanisms").label());
        assertEquals("property: Theorem 1", Source.property("Theorem 1").label());
        assertEquals("convergence: midpoint rule, O(h²)", Source.convergence("midpoint rule, O(h²)").label());
        assertEquals(Source.Kind.CONVERGENCE, Source.convergence("x").kind());
    }

    @Test
    void kindLabelsAreTheNamesUsedInJson() {
        assertEquals("paper", Source.Kind.PAPER.label());
        assertEquals("closed form", Source.Kind.CLOSED_FORM.label());
        assertEquals("independent", Source.Kind.INDEPENDENT.label());
        assertEquals("property", Source.Kind.PROPERTY.label());
        assertEquals("convergence", Source.Kind.CONVERGENCE.label());
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

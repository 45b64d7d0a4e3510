package org.mdlab.kernel;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellSourceTest {

    @Test
    void codeAndLineMagicsAlternateWithTheirCellLines() {
        List<CellSource.Part> parts = CellSource.parse("int a = 1;\n%classpath lib/*.jar\n\nint b = 2;\nb");
        assertEquals(List.of(
                new CellSource.Code("int a = 1;\n", 1),
                new CellSource.LineMagic("classpath", "lib/*.jar", 2),
                new CellSource.Code("\nint b = 2;\nb", 3)), parts);
    }

    @Test
    void aCellMagicTakesTheRestOfTheCellAsItsBody() {
        assertEquals(List.of(new CellSource.CellMagic("time", "", "int x = 1;\nx", 1)),
                CellSource.parse("%%time\nint x = 1;\nx"));
    }

    @Test
    void percentInsideAnExpressionIsNotAMagic() {
        assertEquals(List.of(new CellSource.Code("int r = 7\n  % 3;", 1)), CellSource.parse("int r = 7\n  % 3;"));
    }

    @Test
    void argumentsSplitOnBlanksWithQuotesGrouping() {
        assertEquals(List.of("a", "b c", "", "d\"e"), CellSource.splitArgs(" a \"b c\" \"\" d\\\"e "));
    }
}

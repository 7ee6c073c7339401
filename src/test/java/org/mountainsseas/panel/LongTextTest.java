package org.mountainsseas.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How long free text is cut into pieces for {@link LongText}: a few words each, never a mark from its letter. */
class LongTextTest {
    private static final String MARKS = "\u0301\u0302\u0303\u0304";

    @Test
    void aLongNoteIsCutIntoShortPiecesThatTogetherAreTheNote() {
        String note = "They have run a provincial park since 2012 " + MARKS;
        String longNote = note.repeat(40);
        List<String> pieces = LongText.pieces(longNote);
        assertEquals(longNote, String.join("", pieces), "nothing is lost or added");
        assertTrue(pieces.size() > longNote.length() / (4 * LongText.PIECE), "many pieces: " + pieces.size());
        for (String p : pieces) {
            // a piece ends where a line may break, a few words past the piece length at most
            assertTrue(p.length() < 3 * LongText.PIECE, "a short piece: " + p);
            assertTrue(Character.getType(p.charAt(0)) != Character.NON_SPACING_MARK, "no piece starts with a combining mark: " + p);
        }
    }

    @Test
    void chineseWithoutSpacesIsCutToo() {
        String zh = "两地自2012年共建省级产业园，2018年又签订飞地产业园协议。".repeat(30);
        List<String> pieces = LongText.pieces(zh);
        assertEquals(zh, String.join("", pieces));
        assertTrue(pieces.stream().allMatch(p -> p.length() < 2 * LongText.PIECE), pieces.toString());
    }

    @Test
    void aLineBreakEndsAPiece() {
        assertEquals(List.of("first line\n", "second"), LongText.pieces("first line\nsecond"));
        assertEquals(List.of(), LongText.pieces(""));
    }
}

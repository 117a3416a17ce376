import RosettaTestSupport

/// Random text (from the shared seeded SplitMix64) made of pieces that stress segmentation:
/// letters of three scripts, combining marks, emoji (surrogate pairs), sentence marks, quotes and
/// brackets, abbreviations, list labels, and every kind of white space and line break.
enum RandomText {
    static let words = ["the", "Talks", "Kim", "said", "переговоры", "Медведев", "заявил", "회담은", "끝났다", "했다", "그러나",
                        "Mr.", "Dr.", "U.S.", "Gen.", "г.", "гг.", "т.е.", "e.g.", "a.m.", "2009", "3.5", "$12.50", "A.", "И.",
                        "Node.js", "mail@example.org", "SEOUL,", "МОСКВА,", "(Yonhap)", "/ИТАР-ТАСС/.", "1.", "2)", "(b)",
                        "•", "-", "—", "x", "Ω", "ж"]
    static let marks = [".", "!", "?", "…", "...", ". . .", "?!", "。", "！", "\"", "'", "“", "”", "«", "»", "(", ")", "[", "]",
                        ",", ";", ":", "„"]
    static let spaces = [" ", " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}",
                         "\u{A0}", "\u{3000}", " \n \n"]
    static let odd = ["\u{301}", "\u{301}\u{301}", "😀", "👩‍👩‍👧", "\u{200D}", "\u{FEFF}", "\u{E000}", "\u{1}", "\u{7F}", "\u{10FFFD}",
                      "\u{D7A3}", "\u{1100}\u{1161}", "🇰🇷"]

    /// Random text of about `pieces` pieces. `stable` leaves out what NFC would change or a
    /// line reader would see differently (combining marks, CR, U+0085, U+2028/9), so that text
    /// read back through `ParagraphReader` is the same text.
    static func make(_ random: inout SplitMix64, pieces: Int, stable: Bool = false) -> String {
        var text = ""
        for _ in 0..<pieces {
            switch random.below(10) {
            case 0...4: text += random.pick(words)
            case 5, 6: text += random.pick(marks)
            case 7, 8:
                let space = random.pick(spaces)
                text += stable && (space.contains("\r") || space.unicodeScalars.contains { [0x85, 0x2028, 0x2029].contains($0.value) }) ? " " : space
            default:
                let piece = random.pick(odd)
                text += stable && piece.unicodeScalars.contains { $0.properties.canonicalCombiningClass != .notReordered || $0.value == 0x1100 || $0.value == 0xFEFF } ? "x" : piece
            }
        }
        return text
    }
}

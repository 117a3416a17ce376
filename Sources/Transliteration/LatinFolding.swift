import Foundation

/// Latin letters with diacritics to plain ASCII (Kaesŏng → kaesong, Erdoğan → erdogan,
/// Schröder → schroder), lower case, without ICU: canonical decomposition, combining marks
/// dropped, and a table for the letters that do not decompose (ß, ø, æ, ł, …). Opening ICU's
/// Any-Latin for this costs ~50 ms, more than keying a whole document.
public enum LatinFolding {
    /// Letters without a canonical decomposition, lower case.
    static let letters: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
        "ħ": "h", "ŋ": "ng", "ĸ": "k", "ŀ": "l", "ŧ": "t", "ſ": "s",
    ]

    /// The folded word, or nil when a letter is outside what the table and decomposition cover.
    public static func ascii(_ word: some StringProtocol) -> String? {
        var output = String.UnicodeScalarView()
        for scalar in String(word).decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if scalar.isASCII { output.append(scalar) }
            else if (0x300...0x36F).contains(scalar.value) { continue }
            else if let plain = letters[scalar] { output.append(contentsOf: plain.unicodeScalars) }
            else { return nil }
        }
        return String(output)
    }
}

public import CorpusModel
import TextBytes

/// Punctuation that translations keep: question marks, exclamation marks, quotation (any
/// language's quote characters count as one kind), and a colon that opens a quote or a list.
/// Parentheses are left out: Korean news adds them around every foreign name.
public struct PunctuationAnchors: AnchorSource {
    public init() {}

    /// The bytes a mark can start with: ? ! " and the lead bytes C2, E2, E3, EF.
    static let markBytes: [Bool] = (0..<256).map { [0x3F, 0x21, 0x22, 0xC2, 0xE2, 0xE3, 0xEF].contains($0) }
    static let question = AnchorKey.hash("?"), exclamation = AnchorKey.hash("!"), quote = AnchorKey.hash("\"")
    /// The same as key lists, shared by every anchor (no array made per sentence).
    static let questionKeys = [question], exclamationKeys = [exclamation], quoteKeys = [quote]

    public func anchors(in sentence: Substring, language: LanguageTag) -> [Anchor] {
        var anchors: [Anchor] = []
        UTF8Bytes.with(sentence) { append($0, to: &anchors) }
        return anchors
    }

    /// By UTF-8 bytes: the marks are ASCII or start with lead bytes C2, E2, E3, EF, which no
    /// other scalar's bytes contain; other bytes are passed over by table (a switch per byte
    /// mispredicted its branches).
    func append(_ bytes: UnsafeBufferPointer<UInt8>, to anchors: inout [Anchor]) {
        var question = false, exclamation = false, quote = false
        let count = bytes.count
        Self.markBytes.withUnsafeBufferPointer { marks in
            for index in 0..<count where marks[Int(bytes[index])] {
                switch bytes[index] {
                case 0x3F: question = true
                case 0x21: exclamation = true
                case 0x22: quote = true
                case 0xC2 where index + 1 < count:
                    if bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB { quote = true }  // « »
                case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80:
                    switch bytes[index + 2] { case 0x9C, 0x9D, 0x9E, 0x98, 0x99: quote = true; default: break }  // “ ” „ ‘ ’
                case 0xE3 where index + 2 < count && bytes[index + 1] == 0x80:
                    if (0x8C...0x8F).contains(bytes[index + 2]) { quote = true }  // 「 」 『 』
                case 0xEF where index + 2 < count && bytes[index + 1] == 0xBC:
                    if bytes[index + 2] == 0x9F { question = true }  // ？
                    if bytes[index + 2] == 0x81 { exclamation = true }  // ！
                default: break
                }
            }
        }
        if question { anchors.append(Anchor(kind: .punctuation, keys: Self.questionKeys)) }
        if exclamation { anchors.append(Anchor(kind: .punctuation, keys: Self.exclamationKeys)) }
        if quote { anchors.append(Anchor(kind: .punctuation, keys: Self.quoteKeys)) }
    }
}

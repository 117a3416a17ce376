internal import CICU

/// The single owner of an ICU break iterator.
///
/// ICU keeps a pointer to the text it iterates; to keep that pointer from ever dangling, text is
/// only set inside `boundaries(in:)`, which detaches it again before returning. Not Sendable: make
/// one per task.
public final class BreakIterator {
    public enum Kind: Int32, Sendable {
        case character = 0, word = 1, line = 2, sentence = 3
    }

    private let handle: OpaquePointer
    /// What the iterator points at between calls: an empty text that lives as long as it does.
    private let emptyText = UnsafeMutablePointer<UInt16>.allocate(capacity: 1)
    public let kind: Kind
    public let locale: String

    /// Opens an iterator, e.g. `BreakIterator(.sentence, locale: "en@ss=standard")`.
    public init(_ kind: Kind, locale: String) throws(ICUError) {
        var status: Int32 = 0
        let handle = locale.withCString { cicu_break_open(kind.rawValue, $0, &status) }
        try ICUError.check(status, "opening the \(kind) break iterator for '\(locale)'")
        guard let handle else { throw ICUError(code: 1, context: "opening the \(kind) break iterator for '\(locale)'") }
        self.handle = handle
        emptyText.initialize(to: 0)
        self.kind = kind
        self.locale = locale
    }

    deinit {
        cicu_break_close(handle)
        emptyText.deallocate()
    }

    /// Every boundary in `text`, as UTF-16 offsets: strictly increasing, starting at 0 and ending
    /// at `text.count` (for non-empty text).
    public func boundaries(in text: UnsafeBufferPointer<UInt16>) throws(ICUError) -> [Int] {
        var result: [Int] = []
        try forEachBoundary(in: text) { offset, _ in result.append(offset) }
        return result
    }

    /// Calls `body` with each boundary and its rule status (word breaks: 0 none, 100..<200 number,
    /// 200..<300 letter, 300..<400 kana, 400..<500 ideographic).
    public func forEachBoundary(
        in text: UnsafeBufferPointer<UInt16>, _ body: (_ offset: Int, _ ruleStatus: Int32) -> Void
    ) throws(ICUError) {
        var status: Int32 = 0
        cicu_break_set_text(handle, text.baseAddress ?? UnsafePointer(emptyText), Int32(text.count), &status)
        try ICUError.check(status, "setting the text of a break iterator")
        defer { detach() }
        var offset = cicu_break_first(handle)
        while offset != CICU_BREAK_DONE {
            body(Int(offset), cicu_break_rule_status(handle))
            offset = cicu_break_next(handle)
        }
    }

    private func detach() {
        var status: Int32 = 0
        cicu_break_set_text(handle, UnsafePointer(emptyText), 0, &status)
    }

}

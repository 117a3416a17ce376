internal import CICU

/// The single owner of an ICU regular expression (`uregex`), in ICU's own syntax: the dialect SRX
/// rule files are written in. Foundation's NSRegularExpression runs on Foundation's private copy of
/// ICU, which may differ; this one uses the system ICU the rest of Rosetta uses.
///
/// Text is only attached inside `withText(_:_:)`, so ICU's pointer into the caller's buffer never
/// outlives the buffer. Not Sendable: make one per task.
public final class RegularExpression {
    private let handle: OpaquePointer
    private let emptyText: UnsafeMutablePointer<UInt16>
    public let pattern: String

    /// Compiles `pattern`; a syntax error is `RegularExpressionError.invalid` with its offset.
    public init(_ pattern: String) throws(RegularExpressionError) {
        let units = Array(pattern.utf16) + [0]  // never empty, so the base address exists
        var status: Int32 = 0
        var errorOffset: Int32 = -1
        let handle = units.withUnsafeBufferPointer { buffer in
            cicu_regex_open(buffer.baseAddress!, Int32(buffer.count - 1), &errorOffset, &status)
        }
        guard status <= 0, let handle else {
            throw .invalid(pattern: pattern, offset: errorOffset >= 0 ? Int(errorOffset) : nil,
                           icu: String(cString: cicu_error_name(status)))
        }
        self.handle = handle
        emptyText = .allocate(capacity: 1)
        emptyText.initialize(to: 0)
        self.pattern = pattern
    }

    deinit {
        cicu_regex_close(handle)
        emptyText.deallocate()
    }

    /// Attaches `text` for the duration of `body`, then detaches it.
    public func withText<R>(_ text: UnsafeBufferPointer<UInt16>, _ body: (Matcher) throws -> R) rethrows -> R {
        var status: Int32 = 0
        cicu_regex_set_text(handle, text.baseAddress ?? UnsafePointer(emptyText), Int32(text.count), &status)
        defer { cicu_regex_set_text(handle, UnsafePointer(emptyText), 0, &status) }
        return try body(Matcher(handle: handle, length: text.count))
    }

    /// Whether `text` matches the whole expression (e.g. an SRX language pattern against "en-US").
    public func matchesWhole(_ text: String) -> Bool {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { buffer in
            withText(buffer) { matcher in matcher.matchesWhole() }
        }
    }

    /// Matching over the attached text. Valid only inside `withText`.
    public struct Matcher {
        fileprivate let handle: OpaquePointer
        public let length: Int

        fileprivate init(handle: OpaquePointer, length: Int) {
            self.handle = handle
            self.length = length
        }

        /// The next match at or after `start` (nil: after the previous match), as a UTF-16 range.
        public func find(from start: Int?) -> Range<Int>? {
            var status: Int32 = 0
            var lower: Int32 = 0
            var upper: Int32 = 0
            let found = cicu_regex_find(handle, Int32(start ?? -1), &lower, &upper, &status)
            guard found != 0, status <= 0 else { return nil }
            return Int(lower)..<Int(upper)
        }

        /// Whether a match starts exactly at `start`; look-behind sees the text before it.
        public func matches(at start: Int) -> Bool {
            var status: Int32 = 0
            return cicu_regex_looking_at(handle, Int32(start), &status) != 0 && status <= 0
        }

        func matchesWhole() -> Bool {
            var status: Int32 = 0
            return cicu_regex_matches(handle, &status) != 0 && status <= 0
        }
    }
}

public enum RegularExpressionError: Error, Equatable, CustomStringConvertible {
    case invalid(pattern: String, offset: Int?, icu: String)

    public var description: String {
        switch self {
        case let .invalid(pattern, offset, icu):
            let position = offset.map { " at character \($0 + 1)" } ?? ""
            return "invalid regular expression '\(pattern)'\(position) (\(icu)); SRX rules use ICU regular expression syntax"
        }
    }
}

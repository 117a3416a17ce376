internal import CICU

/// An ICU failure, carrying ICU's own status code and its symbolic name.
public struct ICUError: Error, Equatable, CustomStringConvertible {
    public let code: Int32
    /// What was being done ("opening transform 'Any-Foo'").
    public let context: String

    public var name: String { String(cString: cicu_error_name(code)) }
    public var description: String { "\(context): ICU error \(name)" }

    /// The single choke point for ICU status codes: warnings (negative) count as success.
    @inline(__always)
    static func check(_ code: Int32, _ context: @autoclosure () -> String) throws(ICUError) {
        if code > 0 { throw ICUError(code: code, context: context()) }
    }

    static let bufferOverflow = Int32(CICU_BUFFER_OVERFLOW_ERROR)
}

/// Facts about the linked ICU.
public enum ICU {
    /// The version of the system ICU, e.g. "72.1".
    public static var version: String { String(cString: cicu_version()) }

    /// Whether ICU has locale data for a language code such as "en" or "ko".
    public static func knowsLanguage(_ code: String) -> Bool {
        code.withCString { cicu_language_is_known($0) != 0 }
    }
}

internal import CICU

/// The single owner of an ICU transliterator ("Any-Latin; Latin-ASCII", "Russian-Latin/BGN", …).
/// Not Sendable: make one per task.
public final class Transform {
    private let handle: OpaquePointer
    public let id: String

    public init(id: String) throws(TransformError) {
        var status: Int32 = 0
        var errorOffset: Int32 = -1
        let units = Array(id.utf16)
        let handle = units.withUnsafeBufferPointer {
            cicu_trans_open($0.baseAddress, Int32($0.count), &errorOffset, &status)
        }
        guard status <= 0, let handle else {
            throw .invalidID(id: id, offset: errorOffset >= 0 ? Int(errorOffset) : nil,
                             icu: String(cString: cicu_error_name(status)))
        }
        self.handle = handle
        self.id = id
    }

    deinit { cicu_trans_close(handle) }

    /// Transforms `text`. ICU's in-place call is given room to grow; on overflow it is retried
    /// once with the size ICU asked for.
    public func apply(_ text: some StringProtocol) throws(ICUError) -> String {
        let source = Array(text.utf16)
        if source.isEmpty { return "" }
        var capacity = source.count * 3 + 16
        for _ in 0..<2 {
            var buffer = source + [UInt16](repeating: 0, count: capacity - source.count)
            var length = Int32(source.count)
            var status: Int32 = 0
            buffer.withUnsafeMutableBufferPointer {
                cicu_trans_transform(handle, $0.baseAddress, &length, Int32(capacity), &status)
            }
            if status == ICUError.bufferOverflow {
                capacity = Int(length) + 16
                continue
            }
            try ICUError.check(status, "applying transform '\(id)'")
            return String(decoding: buffer[..<Int(length)], as: UTF16.self)
        }
        throw ICUError(code: ICUError.bufferOverflow, context: "applying transform '\(id)'")
    }

    /// Every transform ID installed in ICU, sorted.
    public static var availableIDs: [String] {
        var status: Int32 = 0
        var capacity = 1 << 16
        while true {
            var buffer = [CChar](repeating: 0, count: capacity)
            let needed = Int(cicu_trans_list_ids(&buffer, Int32(capacity), &status))
            if needed > capacity { capacity = needed; continue }
            let text = String(decoding: buffer[..<needed].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return text.split(separator: "\n").map(String.init).sorted()
        }
    }
}

public enum TransformError: Error, Equatable, CustomStringConvertible {
    case invalidID(id: String, offset: Int?, icu: String)

    public var description: String {
        switch self {
        case let .invalidID(id, offset, icu):
            let position = offset.map { " (at character \($0 + 1))" } ?? ""
            return "invalid transform ID '\(id)'\(position): \(icu); `rosetta translit --list` shows the installed transforms"
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered UTF-8 byte sink: a file, standard output, or memory (for tests).
///
/// Writers stream through it, so their memory use does not grow with their output.
public final class TextOutput {
    private enum Destination {
        case file(UnsafeMutablePointer<FILE>, owned: Bool)
        case memory
        case closed
    }

    private var destination: Destination
    private var buffer: [UInt8] = []
    /// Everything written, when the output is in memory.
    public private(set) var memory: [UInt8] = []
    private static let flushSize = 1 << 16

    private init(_ destination: Destination) {
        self.destination = destination
        buffer.reserveCapacity(Self.flushSize)
    }

    /// Creates (or truncates) the file at `path`.
    public static func file(atPath path: String) throws(InputError) -> TextOutput {
        guard let handle = fopen(path, "wb") else {
            throw .unreadable(file: path, reason: "cannot create the file: \(String(cString: strerror(errno)))")
        }
        return TextOutput(.file(handle, owned: true))
    }

    public static func standardOutput() -> TextOutput { TextOutput(.file(fdopen(STDOUT_FILENO, "wb"), owned: false)) }
    public static func inMemory() -> TextOutput { TextOutput(.memory) }

    /// The memory contents as text.
    public var text: String { String(decoding: memory, as: UTF8.self) }

    public func write(_ text: some StringProtocol) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushSize { flush() }
    }

    /// Writes bytes that are already UTF-8 (writers that assemble their output as bytes), without
    /// the copy and validation a String would cost.
    public func write(utf8 bytes: some Collection<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushSize { flush() }
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        switch destination {
        case .file(let file, _):
            _ = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
            fflush(file)
        case .memory:
            memory.append(contentsOf: buffer)
        case .closed:
            break
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and, for a file this output opened, closes it. Later writes are dropped.
    public func close() {
        flush()
        if case .file(let file, owned: true) = destination { fclose(file) }
        if case .file = destination { destination = .closed }
    }

    deinit { close() }
}

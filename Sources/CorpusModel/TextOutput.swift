#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered UTF-8 byte sink: a file, standard output, or memory (for tests). The one output
/// layer of the project: every file Rosetta writes goes through it.
///
/// - Every write is checked (short writes, `fflush`, `fsync`, `fclose`). The first failure is
///   kept, later writes are dropped, and `close()` throws it, naming the file and the cause:
///   a full disk is never a success.
/// - A regular file is written to a unique temporary name in its folder and renamed into place
///   by `close()`, after `fsync`: until then, and after any failure, the previous file is
///   untouched. A symlink is written through (its target is replaced, the link stays); a
///   special file (`/dev/stdout`, a pipe, a terminal) is written directly.
/// - An output dropped without `close()` (an error on the way) removes its temporary file.
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
    /// The name shown in messages ("<stdout>" or the path given).
    public let name: String
    /// For an atomic replacement: the temporary file, and the path it is renamed to.
    private var replacement: (temporary: String, final: String)?
    /// The first failure; once set, writes are dropped.
    public private(set) var failure: OutputError?

    private init(_ destination: Destination, name: String, replacement: (String, String)? = nil) {
        self.destination = destination
        self.name = name
        self.replacement = replacement
        buffer.reserveCapacity(Self.flushSize)
    }

    /// An output that replaces the file at `path` when closed (see the type's notes).
    public static func file(atPath path: String) throws(OutputError) -> TextOutput {
        var target = path
        // A symlink is written through: its target is what gets replaced.
        if let resolved = realpath(path, nil) {
            target = String(cString: resolved)
            free(resolved)
        }
        var info = stat()
        if stat(target, &info) == 0 {
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR { throw OutputError(file: path, reason: "is a folder, not a file", code: EISDIR) }
            if kind != S_IFREG {
                // A device, a pipe, a socket: written as it is, in place.
                guard let handle = fopen(target, "wb") else { throw OutputError(file: path, code: errno, doing: "open") }
                return TextOutput(.file(handle, owned: true), name: path)
            }
        }
        let folder = target.lastIndex(of: "/").map { String(target[..<$0]) } ?? "."
        let base = target.split(separator: "/").last.map(String.init) ?? target
        var template = Array("\(folder.isEmpty ? "/" : folder)/.\(base).rosetta-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw OutputError(file: path, code: errno, doing: "create a file in the folder of") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // The permissions of the file replaced, or the usual ones for a new file.
        let mode: mode_t = stat(target, &info) == 0 ? info.st_mode & 0o7777 : 0o666 & ~currentUmask()
        fchmod(descriptor, mode)
        guard let handle = fdopen(descriptor, "wb") else {
            let code = errno
            Glibc.close(descriptor)
            unlink(temporary)
            throw OutputError(file: path, code: code, doing: "open")
        }
        return TextOutput(.file(handle, owned: true), name: path, replacement: (temporary, target))
    }

    public static func standardOutput() -> TextOutput { TextOutput(.file(fdopen(STDOUT_FILENO, "wb"), owned: false), name: "<stdout>") }
    public static func inMemory() -> TextOutput { TextOutput(.memory, name: "<memory>") }

    /// The memory contents as text.
    public var text: String { String(decoding: memory, as: UTF8.self) }

    public func write(_ text: some StringProtocol) {
        guard failure == nil else { return }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushSize { flush() }
    }

    /// Writes bytes that are already UTF-8 (writers that assemble their output as bytes), without
    /// the copy and validation a String would cost.
    public func write(utf8 bytes: some Collection<UInt8>) {
        guard failure == nil else { return }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushSize { flush() }
    }

    /// Hands the buffer to the destination; a failure is kept for `close()` to report.
    public func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil, !buffer.isEmpty else { return }
        switch destination {
        case .file(let file, _):
            let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
            if written < buffer.count || fflush(file) != 0 { fail(errno, doing: "write") }
        case .memory:
            memory.append(contentsOf: buffer)
        case .closed:
            break
        }
    }

    /// Flushes, closes a file this output opened, and moves a replacement into place. Throws
    /// the first failure of the whole output, in which case the previous file is left as it was.
    public func close() throws(OutputError) {
        flush()
        if case .file(let file, let owned) = destination {
            destination = .closed
            if failure == nil, replacement != nil, fsync(fileno(file)) != 0 { fail(errno, doing: "write") }
            if owned {
                if fclose(file) != 0 { fail(errno, doing: "write") }
            } else if fflush(file) != 0 {
                fail(errno, doing: "write")
            }
            if let (temporary, final) = replacement {
                replacement = nil
                if failure == nil, rename(temporary, final) != 0 { fail(errno, doing: "replace") }
                if failure != nil { unlink(temporary) }
            }
        }
        if let failure { throw failure }
    }

    /// Drops the output: a replacement's temporary file is removed, the previous file kept.
    public func discard() {
        if case .file(let file, let owned) = destination, owned { fclose(file) }
        destination = .closed
        if let (temporary, _) = replacement { unlink(temporary) }
        replacement = nil
    }

    private func fail(_ code: Int32, doing action: String) {
        guard failure == nil else { return }
        let error = OutputError(file: name, code: code, doing: action)
        failure = replacement == nil ? error : OutputError(file: name, reason: error.reason + " (the previous file, if any, is untouched)", code: code)
    }

    deinit {
        // Not closed (an error on the way): nothing half-written is left under a final name.
        if replacement != nil { discard() } else if case .file = destination { try? close() }
    }

    /// The process's file-creation mask (reading it means setting it: put back at once).
    package static func currentUmask() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return mask
    }
}

/// A write that failed: which file, and why, in words a person can act on.
public struct OutputError: Error, Equatable, CustomStringConvertible, Sendable {
    public let file: String
    public let reason: String
    /// The system's error number (ENOSPC, EACCES, …), when there is one.
    public let code: Int32

    public init(file: String, reason: String, code: Int32 = 0) {
        self.file = file
        self.reason = reason
        self.code = code
    }

    init(file: String, code: Int32, doing action: String) {
        let advice: String
        switch code {
        case ENOSPC: advice = "the disk is full; free some space and run again"
        case EDQUOT: advice = "the disk quota is used up"
        case EACCES, EPERM: advice = "permission denied; choose another output or change its permissions"
        case EROFS: advice = "the file system is read-only"
        case ENOENT: advice = "the folder does not exist"
        case EIO: advice = "an input/output error on the device"
        default: advice = String(cString: strerror(code))
        }
        self.init(file: file, reason: "cannot \(action): \(advice)", code: code)
    }

    public var description: String { "\(file): \(reason)" }
}
